package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Figure 3 of the paper for every area: all cities side by side, best first, two charts to a row
 * (template {@code report/perArea.jte}).
 */
public record PerAreaSection(Messages m, List<AreaChart> areas) {

    /** An area's chart under its name, id, group and mean. */
    public record AreaChart(String id, String anchor, String name, String group, String mean, Figure chart) {
    }

    static PerAreaSection of(ReportContext report) {
        List<AreaChart> charts = new ArrayList<>();
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                charts.add(areaChart(report, group, report.standard.area(areaId).orElseThrow()));
            }
        }
        return new PerAreaSection(report.m, charts);
    }

    private static AreaChart areaChart(ReportContext report, Group group, Area area) {
        Messages m = report.m;
        String areaId = area.id();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = area.name().in(report.lang);
        report.evaluation.cities().stream()
                .sorted(Comparator.comparing((CityResult c) -> average(c, areaId), Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(city -> data.addValue(average(city, areaId), series, city.city()));
        Figure chart = report.namedFigure("area", report.cityCount(), Charts.svg(Charts.bars(data, true, m.get("areas.axis"),
                report.standard.scoring().scale().doubleValue(), Charts.format("0", report.lang), false, List.of(Charts.TEAL)),
                "chart-area-" + anchor(areaId), HtmlReport.WIDTH / 2, 50 + report.cityCount() * 17), series, areaId);
        return new AreaChart(areaId, anchor(areaId), area.name().in(report.lang), group.name().in(report.lang),
                m.get("perArea.mean", m.number(report.areaMean(areaId), 1)), chart);
    }

    private static BigDecimal average(CityResult city, String areaId) {
        return city.area(areaId).map(AreaResult::average).orElse(null);
    }
}
