package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Comparison;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Two standards or two data years: places gained or lost as a chart and a ▲▼ table, then where the moves
 * come from (the 2×2 split) and which changes of the standard moved cities.
 */
final class ComparisonSection {

    private final ReportContext report;
    private final HtmlReport.ComparisonPart part;
    private final Messages m;

    ComparisonSection(ReportContext report) {
        this.report = report;
        this.part = report.comparison;
        this.m = report.m;
    }

    void write(PageWriter page) {
        Comparison c = part.comparison();
        String before = c.before().standard().id();
        String after = c.after().standard().id();
        page.section("comparison", m.get("comparison.title"));
        movement(page);
        if (!part.attribution().isEmpty()) {
            new AttributionFigure(report).write(page, before, after);
        }
        if (!before.equals(after)) {  // one standard and two data years: no change of the standard to show
            new ChangeImpactsList(report).write(page, before, c);
        }
        page.append("</section>\n");
    }

    /** Who moved: the intro, the chart of places gained and lost, and the ▲▼ table. */
    void movement(PageWriter page) {
        Comparison c = part.comparison();
        String before = c.before().standard().id();
        String after = c.after().standard().id();
        page.append("<p>").append(esc(m.get("comparison.intro", before, c.before().citiesFile(), after, c.after().citiesFile(),
                c.comparisons().size()))).append("</p>\n");
        DefaultCategoryDataset moves = new DefaultCategoryDataset();
        String up = m.get("comparison.up");
        String down = m.get("comparison.down");
        for (CityComparison city : c.comparisons()) {
            moves.addValue(Math.max(0, city.rankMove()), up, city.city());
            moves.addValue(Math.min(0, city.rankMove()), down, city.city());
        }
        page.figure("movement", c.comparisons().size(), Charts.svg(Charts.stacked(moves, m.get("comparison.placesAxis"),
                Charts.format("0", report.lang), List.of(Charts.GREEN, Charts.RED)), "chart-movement", HtmlReport.WIDTH,
                90 + c.comparisons().size() * 24), m.get("comparison.movementCaption"));
        movementTable(page, c);
    }

    private void movementTable(PageWriter page, Comparison c) {
        Set<String> groups = new LinkedHashSet<>();
        c.comparisons().forEach(city -> {
            city.before().groups().forEach(g -> groups.add(g.id()));
            city.after().groups().forEach(g -> groups.add(g.id()));
        });
        page.append("<table class=\"numbers movement\">\n<thead><tr><th>").append(esc(m.get("col.city"))).append("</th><th>")
                .append(esc(m.get("col.rank"))).append("</th><th></th><th>").append(esc(m.get("col.points"))).append("</th><th>")
                .append(esc(m.get("col.score"))).append("</th><th>").append(esc(m.get("col.index"))).append("</th>");
        for (String group : groups) {
            page.append("<th>").append(esc(report.groupName(group))).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (CityComparison city : c.comparisons()) {
            int move = city.rankMove();
            page.append("<tr><td class=\"name\">").append(esc(city.city())).append("</td><td>").append(city.before().rank())
                    .append(" → ").append(city.after().rank()).append("</td><td class=\"")
                    .append(move > 0 ? "up" : move < 0 ? "down" : "same").append("\">")
                    .append(move > 0 ? "▲" + move : move < 0 ? "▼" + (-move) : "=").append("</td><td>")
                    .append(plain(city.before().points())).append(" → ").append(plain(city.after().points())).append("</td><td>")
                    .append(report.percent(city.before().score())).append(" → ").append(report.percent(city.after().score()))
                    .append("</td><td>").append(m.number(city.before().index(), 1)).append(" → ")
                    .append(m.number(city.after().index(), 1)).append("</td>");
            for (String group : groups) {
                page.append("<td>").append(groupPoints(city.before(), group)).append(" → ")
                        .append(groupPoints(city.after(), group)).append("</td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table>\n<p class=\"note\">").append(esc(m.get("comparison.movementNote"))).append("</p>\n");
        if (!c.onlyBefore().isEmpty()) {
            page.append("<p class=\"note\">").append(esc(m.get("comparison.onlyBefore", String.join(", ", c.onlyBefore()))))
                    .append("</p>\n");
        }
        if (!c.onlyAfter().isEmpty()) {
            page.append("<p class=\"note\">").append(esc(m.get("comparison.onlyAfter", String.join(", ", c.onlyAfter()))))
                    .append("</p>\n");
        }
    }

    private static String groupPoints(CityResult city, String group) {
        return city.group(group).map(g -> String.valueOf(g.points())).orElse("–");
    }
}
