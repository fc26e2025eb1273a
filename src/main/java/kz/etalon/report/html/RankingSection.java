package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import org.jfree.data.category.DefaultCategoryDataset;

/** Figure 1 of the paper: score and index of every city as bars, then each group's average and points as a table. */
final class RankingSection {

    private final ReportContext report;
    private final Messages m;

    RankingSection(ReportContext report) {
        this.report = report;
        this.m = report.m;
    }

    void write(PageWriter page) {
        page.section("ranking", m.get("ranking.title"));
        chart(page);
        table(page);
        page.append("</section>\n");
    }

    /** The bars alone, without the section around them. */
    void chart(PageWriter page) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String score = m.get("ranking.score");
        String index = m.get("ranking.index");
        for (CityResult city : report.evaluation.cities()) {
            String label = city.rank() + ". " + report.evaluation.shownName(city.city(), report.lang);
            data.addValue(city.score().movePointRight(2), score, label);
            data.addValue(city.index(), index, label);
        }
        int height = 70 + report.cityCount() * 34;
        page.figure("ranking", report.cityCount(), Charts.svg(Charts.bars(data, true, m.get("ranking.axis"),
                report.standard.scoring().scale().doubleValue(), Charts.format("0.#", report.lang), true,
                List.of(Charts.BLUE, Charts.TEAL)), "chart-ranking", HtmlReport.WIDTH, height), m.get("ranking.caption"));
    }

    private void table(PageWriter page) {
        page.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(m.get("col.rank"))).append("</th><th>")
                .append(esc(m.get("col.city"))).append("</th><th>").append(esc(m.get("col.score"))).append("</th><th>")
                .append(esc(m.get("col.points"))).append("</th><th>").append(esc(m.get("col.index"))).append("</th>");
        for (Group group : report.standard.groups()) {
            page.append("<th>").append(esc(group.name().in(report.lang))).append(" <span class=\"dim\">×")
                    .append(plain(report.factor(group))).append("</span></th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (CityResult city : report.evaluation.cities()) {
            page.append("<tr data-city=\"").append(esc(city.city())).append("\"><td>").append(city.rank())
                    .append("</td><td class=\"name\"><a href=\"#").append(anchor(city.city())).append("\">")
                    .append(esc(report.evaluation.shownName(city.city(), report.lang))).append("</a></td><td>")
                    .append(report.percent(city.score())).append("</td><td>")
                    .append(plain(city.points())).append('/').append(report.maxScore()).append("</td><td>")
                    .append(m.number(city.index(), 1)).append("</td>");
            for (Group group : report.standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                page.append("<td>").append(m.number(result.average(), 1)).append(" → <b>").append(result.points())
                        .append("</b></td>");
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table>\n<p class=\"note\">").append(esc(m.get("ranking.tableNote"))).append("</p>\n");
    }
}
