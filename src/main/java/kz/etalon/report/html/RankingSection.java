package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.plain;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Figure 1 of the paper: score and index of every city as bars, then each group's average and points as a
 * table (template {@code report/ranking.jte}).
 */
public record RankingSection(Messages m, Figure chart, List<GroupHead> groups, List<Row> rows) {

    /** A group's column: its name and factor. */
    public record GroupHead(String name, String factor) {
    }

    /** A group's average and the points its band gives. */
    public record GroupCell(String average, int points) {
    }

    public record Row(String city, int rank, String anchor, String name, String score, String points, String index,
                      List<GroupCell> groups) {
    }

    static RankingSection of(ReportContext report) {
        Messages m = report.m;
        List<GroupHead> heads = report.standard.groups().stream()
                .map(group -> new GroupHead(group.name().in(report.lang), plain(report.factor(group)))).toList();
        List<Row> rows = report.evaluation.cities().stream().map(city -> new Row(city.city(), city.rank(), anchor(city.city()),
                report.evaluation.shownName(city.city(), report.lang), report.percent(city.score()),
                plain(city.points()) + "/" + report.maxScore(), m.number(city.index(), 1), cells(report, city))).toList();
        return new RankingSection(m, chart(report), heads, rows);
    }

    /** The bars alone, without the section around them. */
    static Figure chart(ReportContext report) {
        Messages m = report.m;
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String score = m.get("ranking.score");
        String index = m.get("ranking.index");
        for (CityResult city : report.evaluation.cities()) {
            String label = city.rank() + ". " + report.evaluation.shownName(city.city(), report.lang);
            data.addValue(city.score().movePointRight(2), score, label);
            data.addValue(city.index(), index, label);
        }
        int height = 70 + report.cityCount() * 34;
        return report.figure("ranking", report.cityCount(), Charts.svg(Charts.bars(data, true, m.get("ranking.axis"),
                report.standard.scoring().scale().doubleValue(), Charts.format("0.#", report.lang), true,
                List.of(Charts.BLUE, Charts.TEAL)), "chart-ranking", HtmlReport.WIDTH, height), m.get("ranking.caption"), null);
    }

    private static List<GroupCell> cells(ReportContext report, CityResult city) {
        return report.standard.groups().stream().map(Group::id).map(id -> city.group(id).orElseThrow())
                .map((GroupResult result) -> new GroupCell(report.m.number(result.average(), 1), result.points())).toList();
    }
}
