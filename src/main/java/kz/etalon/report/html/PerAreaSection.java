package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.esc;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/** Figure 3 of the paper for every area: all cities side by side, best first, two charts to a row. */
final class PerAreaSection {

    private final ReportContext report;
    private final Messages m;

    PerAreaSection(ReportContext report) {
        this.report = report;
        this.m = report.m;
    }

    void write(PageWriter page) {
        page.section("per-area", m.get("perArea.title"));
        page.append("<p>").append(esc(m.get("perArea.intro"))).append("</p>\n<div class=\"area-grid\">\n");
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                areaChart(page, group, report.standard.area(areaId).orElseThrow());
            }
        }
        page.append("</div>\n</section>\n");
    }

    private void areaChart(PageWriter page, Group group, Area area) {
        String areaId = area.id();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = area.name().in(report.lang);
        report.evaluation.cities().stream()
                .sorted(Comparator.comparing((CityResult c) -> average(c, areaId), Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(city -> data.addValue(average(city, areaId), series, city.city()));
        page.append("<div class=\"area-chart\" id=\"area-").append(anchor(areaId)).append("\"><h3>")
                .append(esc(area.name().in(report.lang))).append(" <span class=\"dim\">").append(esc(areaId)).append(" · ")
                .append(esc(group.name().in(report.lang))).append(" · ")
                .append(esc(m.get("perArea.mean", m.number(report.areaMean(areaId), 1)))).append("</span></h3>\n");
        page.figure("area", report.cityCount(), Charts.svg(Charts.bars(data, true, m.get("areas.axis"),
                report.standard.scoring().scale().doubleValue(), Charts.format("0", report.lang), false, List.of(Charts.TEAL)),
                "chart-area-" + anchor(areaId), HtmlReport.WIDTH / 2, 50 + report.cityCount() * 17), null,
                "data-area=\"" + esc(areaId) + "\"");
        page.append("</div>\n");
    }

    private static BigDecimal average(CityResult city, String areaId) {
        return city.area(areaId).map(AreaResult::average).orElse(null);
    }
}
