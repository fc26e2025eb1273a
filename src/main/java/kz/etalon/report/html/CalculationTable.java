package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

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

/** A city's whole chain, folded: indicator value -> percent -> area average -> group average -> band -> points -> total. */
final class CalculationTable {

    private final ReportContext report;
    private final Messages m;
    private final IndicatorLabels labels;

    CalculationTable(ReportContext report) {
        this.report = report;
        this.m = report.m;
        this.labels = new IndicatorLabels(report.m);
    }

    void write(PageWriter page, CityResult city) {
        page.append("<details><summary>").append(esc(m.get("explain.summary"))).append("</summary>\n")
                .append("<table class=\"explain\">\n<thead><tr><th>").append(esc(m.get("col.indicator"))).append("</th><th>")
                .append(esc(m.get("col.method"))).append("</th><th>").append(esc(m.get("col.value"))).append("</th><th>")
                .append(esc(m.get("col.percent"))).append("</th></tr></thead>\n");
        for (Group group : report.standard.groups()) {
            group(page, city, group);
        }
        List<String> terms = city.groups().stream().map(g -> plain(g.weighted())).toList();
        page.append("<tfoot><tr class=\"total\"><td colspan=\"4\">").append(esc(m.get("explain.total", String.join(" + ", terms),
                plain(city.points()), report.maxScore(), report.percent(city.score()), m.number(city.index(), 2))))
                .append("</td></tr></tfoot>\n</table>\n</details>\n");
    }

    private void group(PageWriter page, CityResult city, Group group) {
        GroupResult result = city.group(group.id()).orElseThrow();
        page.append("<tbody>\n");
        for (String areaId : group.areaIds()) {
            Area area = report.standard.area(areaId).orElseThrow();
            AreaResult areaResult = city.area(areaId).orElseThrow();
            page.append("<tr class=\"area\"><th colspan=\"4\">").append(esc(area.name().in(report.lang))).append("</th></tr>\n");
            for (Indicator indicator : area.indicators()) {
                indicator(page, city, indicator);
            }
            page.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.get("explain.area", area.name().in(report.lang),
                    areaResult.scored(), areaResult.missing()))).append("</td><td>").append(m.number(areaResult.average(), 1))
                    .append("</td></tr>\n");
        }
        page.append("<tr class=\"group\"><td colspan=\"3\">").append(esc(m.get("explain.group", group.name().in(report.lang),
                result.areasScored(), m.number(result.rounded(), report.standard.scoring().rounding().decimals()),
                result.points(), plain(result.factor()), plain(result.weighted())))).append("</td><td>")
                .append(m.number(result.average(), 2)).append("</td></tr>\n</tbody>\n");
    }

    private void indicator(PageWriter page, CityResult city, Indicator indicator) {
        IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                .orElse(null);
        page.append("<tr><td><span class=\"id\">").append(esc(indicator.id())).append("</span> ")
                .append(esc(indicator.name().in(report.lang))).append("</td><td>").append(esc(labels.method(indicator)))
                .append("</td><td>");
        if (scored == null || scored.missing()) {
            page.append("<span class=\"missing\">").append(esc(m.get("explain.missing"))).append("</span>");
        } else {
            page.append(esc(labels.value(scored.value())));
        }
        page.append("</td><td>").append(scored == null || scored.percent() == null ? esc(m.get("explain.leftOut"))
                : m.number(scored.percent(), 1)).append("</td></tr>\n");
    }
}
