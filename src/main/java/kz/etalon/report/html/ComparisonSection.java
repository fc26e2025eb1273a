package kz.etalon.report.html;

import static kz.etalon.report.html.Html.plain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Comparison;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Two standards or two data years: places gained or lost as a chart and a ▲▼ table (template
 * {@code report/movement.jte}), then where the moves come from (the 2×2 split, {@link AttributionFigure}) and
 * which changes of the standard moved cities ({@link ChangeImpactsList}); {@code report/comparison.jte} puts
 * them in a section.
 *
 * @param attribution null without two data sets and two standards
 * @param impacts null for one standard
 */
public record ComparisonSection(Messages m, Movement movement, AttributionFigure attribution, ChangeImpactsList impacts) {

    /** Who moved: the intro, the chart of places gained and lost, the ▲▼ table and its notes. */
    public record Movement(Messages m, String intro, Figure chart, List<String> groups, List<Row> rows, List<String> notes) {
    }

    /** {@code move}: places gained (more than 0) or lost; each text is "before → after". */
    public record Row(String city, String rank, int move, String points, String score, String index, List<String> groups) {

        public String moveClass() {
            return move > 0 ? "up" : move < 0 ? "down" : "same";
        }

        public String moveText() {
            return move > 0 ? "▲" + move : move < 0 ? "▼" + (-move) : "=";
        }
    }

    static ComparisonSection of(ReportContext report) {
        HtmlReport.ComparisonPart part = report.comparison;
        Comparison c = part.comparison();
        String before = c.before().standard().id();
        String after = c.after().standard().id();
        return new ComparisonSection(report.m, movement(report),
                part.attribution().isEmpty() ? null : AttributionFigure.of(report, before, after),
                before.equals(after) ? null : ChangeImpactsList.of(report, before, c));
    }

    static Movement movement(ReportContext report) {
        Messages m = report.m;
        Comparison c = report.comparison.comparison();
        String intro = m.get("comparison.intro", c.before().standard().id(), c.before().citiesFile(), c.after().standard().id(),
                c.after().citiesFile(), c.comparisons().size());
        DefaultCategoryDataset moves = new DefaultCategoryDataset();
        String up = m.get("comparison.up");
        String down = m.get("comparison.down");
        for (CityComparison city : c.comparisons()) {
            moves.addValue(Math.max(0, city.rankMove()), up, city.city());
            moves.addValue(Math.min(0, city.rankMove()), down, city.city());
        }
        Figure chart = report.figure("movement", c.comparisons().size(), Charts.svg(Charts.stacked(moves,
                m.get("comparison.placesAxis"), Charts.format("0", report.lang), List.of(Charts.GREEN, Charts.RED)),
                "chart-movement", HtmlReport.WIDTH, 90 + c.comparisons().size() * 24), m.get("comparison.movementCaption"), null);
        Set<String> groups = new LinkedHashSet<>();
        c.comparisons().forEach(city -> {
            city.before().groups().forEach(g -> groups.add(g.id()));
            city.after().groups().forEach(g -> groups.add(g.id()));
        });
        List<Row> rows = c.comparisons().stream().map(city -> new Row(city.city(),
                city.before().rank() + " → " + city.after().rank(), city.rankMove(),
                plain(city.before().points()) + " → " + plain(city.after().points()),
                report.percent(city.before().score()) + " → " + report.percent(city.after().score()),
                m.number(city.before().index(), 1) + " → " + m.number(city.after().index(), 1),
                groups.stream().map(g -> groupPoints(city.before(), g) + " → " + groupPoints(city.after(), g)).toList())).toList();
        List<String> notes = new ArrayList<>();
        notes.add(m.get("comparison.movementNote"));
        if (!c.onlyBefore().isEmpty()) {
            notes.add(m.get("comparison.onlyBefore", String.join(", ", c.onlyBefore())));
        }
        if (!c.onlyAfter().isEmpty()) {
            notes.add(m.get("comparison.onlyAfter", String.join(", ", c.onlyAfter())));
        }
        return new Movement(m, intro, chart, groups.stream().map(report::groupName).toList(), rows, notes);
    }

    private static String groupPoints(CityResult city, String group) {
        return city.group(group).map(g -> String.valueOf(g.points())).orElse("–");
    }
}
