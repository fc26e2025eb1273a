package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The heart of a city's card: the radar beside the strongest and weakest areas and the points per group
 * (template {@code report/citySummary.jte}; the web workspace's city page shows it too).
 */
public record CitySummary(Messages m, Figure radar, List<AreaLine> strongest, List<AreaLine> weakest,
                          List<GroupLine> groups, String total) {

    /** An area's name and average; {@code mean} says the mean of all cities, null if none has a value. */
    public record AreaLine(String name, String average, String mean) {
    }

    /** A group's average, band points out of {@code top}, factor and weighted points. */
    public record GroupLine(String name, String average, int points, int top, String factor, String weighted) {

        public String filledDots() {
            return "●".repeat(Math.max(0, points));
        }

        public String emptyDots() {
            return "●".repeat(Math.max(0, top - points));
        }
    }

    static CitySummary of(ReportContext report, CityResult city) {
        Messages m = report.m;
        List<AreaResult> scored = city.areas().stream().filter(a -> a.average() != null)
                .sorted(Comparator.comparing(AreaResult::average).reversed().thenComparing(AreaResult::id)).toList();
        int n = Math.min(3, scored.size() / 2);
        List<AreaLine> strongest = scored.subList(0, n).stream().map(area -> areaLine(report, area)).toList();
        List<AreaLine> weakest = new ArrayList<>();
        for (int i = scored.size() - 1; i >= scored.size() - n; i--) {
            weakest.add(areaLine(report, scored.get(i)));
        }
        int top = report.standard.scoring().topPoints();
        List<GroupLine> groups = report.standard.groups().stream().map(group -> {
            GroupResult result = city.group(group.id()).orElseThrow();
            return new GroupLine(group.name().in(report.lang), m.number(result.average(), 1), result.points(), top,
                    plain(result.factor()), plain(result.weighted()));
        }).toList();
        return new CitySummary(m, radar(report, city), strongest, weakest, groups,
                plain(city.points()) + "/" + report.maxScore());
    }

    private static AreaLine areaLine(ReportContext report, AreaResult area) {
        BigDecimal mean = report.areaMean(area.id());
        return new AreaLine(report.areaName(area.id()), report.m.number(area.average(), 1),
                mean == null ? null : report.m.get("cards.vsMean", report.m.number(mean, 1)));
    }

    private static Figure radar(ReportContext report, CityResult city) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String citySeries = city.city();
        String meanSeries = report.m.get("cards.allCities");
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                String label = report.shortName(report.standard.area(areaId).orElseThrow(), 15);
                BigDecimal mean = report.areaMean(areaId);
                data.addValue(city.area(areaId).map(AreaResult::average).orElse(BigDecimal.ZERO), citySeries, label);
                data.addValue(mean == null ? BigDecimal.ZERO : mean, meanSeries, label);
            }
        }
        return report.namedFigure("radar", report.standard.areas().size(), Charts.svg(Charts.radar(data,
                report.standard.scoring().scale().doubleValue(), List.of(Charts.BLUE, Charts.GREY)),
                "chart-radar-" + anchor(city.city()), 480, 400), report.m.get("cards.radar", city.city()), null);
    }
}
