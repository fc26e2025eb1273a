package kz.etalon.report.html;

import static kz.etalon.report.html.Html.plain;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;

/**
 * A city's whole chain, folded: indicator value -> percent -> area average -> group average -> band -> points
 * -> total (template {@code report/calculation.jte}).
 */
public record CalculationTable(Messages m, List<GroupBlock> groups, String total) {

    /** A group's areas, then the line that sums the group up and its average. */
    public record GroupBlock(List<AreaBlock> areas, String sum, String average) {
    }

    public record AreaBlock(String name, List<IndicatorRow> indicators, String sum, String average) {
    }

    /** {@code value} is the value, or the word for a missing one when {@code missing}. */
    public record IndicatorRow(String id, String name, String method, String value, boolean missing, String percent) {
    }

    static CalculationTable of(ReportContext report, CityResult city) {
        Messages m = report.m;
        IndicatorLabels labels = new IndicatorLabels(m);
        List<GroupBlock> groups = report.standard.groups().stream().map(group -> group(report, labels, city, group)).toList();
        List<String> terms = city.groups().stream().map(g -> plain(g.weighted())).toList();
        return new CalculationTable(m, groups, m.get("explain.total", String.join(" + ", terms), plain(city.points()),
                report.maxScore(), report.percent(city.score()), m.number(city.index(), 2)));
    }

    private static GroupBlock group(ReportContext report, IndicatorLabels labels, CityResult city, Group group) {
        Messages m = report.m;
        GroupResult result = city.group(group.id()).orElseThrow();
        List<AreaBlock> areas = new ArrayList<>();
        for (String areaId : group.areaIds()) {
            Area area = report.standard.area(areaId).orElseThrow();
            AreaResult areaResult = city.area(areaId).orElseThrow();
            List<IndicatorRow> rows = area.indicators().stream().map(indicator -> indicator(report, labels, city, indicator))
                    .toList();
            areas.add(new AreaBlock(area.name().in(report.lang), rows, m.get("explain.area", area.name().in(report.lang),
                    areaResult.scored(), areaResult.missing()), m.number(areaResult.average(), 1)));
        }
        return new GroupBlock(areas, m.get("explain.group", group.name().in(report.lang), result.areasScored(),
                m.number(result.rounded(), report.standard.scoring().rounding().decimals()), result.points(),
                plain(result.factor()), plain(result.weighted())), m.number(result.average(), 2));
    }

    private static IndicatorRow indicator(ReportContext report, IndicatorLabels labels, CityResult city, Indicator indicator) {
        Messages m = report.m;
        IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                .orElse(null);
        boolean missing = scored == null || scored.missing();
        return new IndicatorRow(indicator.id(), indicator.name().in(report.lang), labels.method(indicator),
                missing ? m.get("explain.missing") : labels.value(scored.value()), missing,
                scored == null || scored.percent() == null ? m.get("explain.leftOut") : m.number(scored.percent(), 1));
    }
}
