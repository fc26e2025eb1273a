package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A card per city: a radar of its area averages against the mean of all cities, its strongest and weakest
 * areas, its points per group and, folded, the whole calculation.
 */
final class CityCards {

    private final ReportContext report;
    private final Messages m;
    private final CalculationTable calculation;

    CityCards(ReportContext report) {
        this.report = report;
        this.m = report.m;
        this.calculation = new CalculationTable(report);
    }

    void write(PageWriter page) {
        page.section("cities", m.get("cards.title"));
        page.append("<p>").append(esc(m.get("cards.intro"))).append("</p>\n");
        for (CityResult city : report.evaluation.cities()) {
            card(page, city);
        }
        page.append("</section>\n");
    }

    private void card(PageWriter page, CityResult city) {
        page.append("<article class=\"card\" id=\"").append(anchor(city.city())).append("\" data-city=\"")
                .append(esc(city.city())).append("\">\n<h3>").append(esc(report.evaluation.shownName(city.city(), report.lang)))
                .append(" <span class=\"rank\">")
                .append(esc(m.get("cards.rank", city.rank(), report.cityCount()))).append("</span></h3>\n")
                .append("<p class=\"totals\">").append(esc(m.get("cards.totals", plain(city.points()), report.maxScore(),
                        report.percent(city.score()), m.number(city.index(), 1))))
                .append("</p>\n");
        summary(page, city);
        calculation.write(page, city);
        page.append("</article>\n");
    }

    /** The radar beside the strongest and weakest areas and the points per group. */
    void summary(PageWriter page, CityResult city) {
        page.append("<div class=\"card-grid\">\n");
        radar(page, city);
        page.append("<div>\n");
        strongWeak(page, city);
        groupTable(page, city);
        page.append("</div>\n</div>\n");
    }

    private void radar(PageWriter page, CityResult city) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String citySeries = city.city();
        String meanSeries = m.get("cards.allCities");
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                String label = report.shortName(report.standard.area(areaId).orElseThrow(), 15);
                BigDecimal mean = report.areaMean(areaId);
                data.addValue(city.area(areaId).map(AreaResult::average).orElse(BigDecimal.ZERO), citySeries, label);
                data.addValue(mean == null ? BigDecimal.ZERO : mean, meanSeries, label);
            }
        }
        page.figure("radar", report.standard.areas().size(), Charts.svg(Charts.radar(data,
                report.standard.scoring().scale().doubleValue(), List.of(Charts.BLUE, Charts.GREY)),
                "chart-radar-" + anchor(city.city()), 480, 400), null);
    }

    private void strongWeak(PageWriter page, CityResult city) {
        List<AreaResult> scored = city.areas().stream().filter(a -> a.average() != null)
                .sorted(Comparator.comparing(AreaResult::average).reversed().thenComparing(AreaResult::id)).toList();
        int n = Math.min(3, scored.size() / 2);
        page.append("<div class=\"strong-weak\"><div><h4>").append(esc(m.get("cards.strongest"))).append("</h4><ol>");
        scored.subList(0, n).forEach(area -> areaItem(page, area));
        page.append("</ol></div><div><h4>").append(esc(m.get("cards.weakest"))).append("</h4><ol>");
        for (int i = scored.size() - 1; i >= scored.size() - n; i--) {
            areaItem(page, scored.get(i));
        }
        page.append("</ol></div></div>\n");
    }

    private void areaItem(PageWriter page, AreaResult area) {
        BigDecimal mean = report.areaMean(area.id());
        page.append("<li>").append(esc(report.areaName(area.id()))).append(" <b>").append(m.number(area.average(), 1))
                .append("</b>");
        if (mean != null) {
            page.append(" <span class=\"dim\">(").append(esc(m.get("cards.vsMean", m.number(mean, 1)))).append(")</span>");
        }
        page.append("</li>");
    }

    private void groupTable(PageWriter page, CityResult city) {
        page.append("<table class=\"numbers groups\">\n<thead><tr><th>").append(esc(m.get("col.group"))).append("</th><th>")
                .append(esc(m.get("col.average"))).append("</th><th>").append(esc(m.get("col.band"))).append("</th><th>")
                .append(esc(m.get("col.weighted"))).append("</th></tr></thead>\n<tbody>\n");
        for (Group group : report.standard.groups()) {
            GroupResult result = city.group(group.id()).orElseThrow();
            page.append("<tr><td class=\"name\">").append(esc(group.name().in(report.lang))).append("</td><td>")
                    .append(m.number(result.average(), 1)).append("</td><td>").append(dots(result.points())).append("</td><td>")
                    .append(result.points()).append(" × ").append(plain(result.factor())).append(" = <b>")
                    .append(plain(result.weighted())).append("</b></td></tr>\n");
        }
        page.append("<tr class=\"total\"><td class=\"name\">").append(esc(m.get("col.total")))
                .append("</td><td></td><td></td><td><b>").append(plain(city.points())).append('/').append(report.maxScore())
                .append("</b></td></tr>\n").append("</tbody></table>\n");
    }

    /** Band points as filled and empty dots out of the top points, then the number. */
    private String dots(int points) {
        int top = report.standard.scoring().topPoints();
        return "<span class=\"dots\" title=\"" + points + "/" + top + "\">" + "●".repeat(Math.max(0, points))
                + "<span class=\"off\">" + "●".repeat(Math.max(0, top - points)) + "</span></span> " + points;
    }
}
