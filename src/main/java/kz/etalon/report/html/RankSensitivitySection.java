package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Sensitivity.CityRanks;
import kz.etalon.i18n.Messages;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;

/**
 * How solid each rank is: for every city, in the order of the ranking, the ranks it took over the runs of a
 * sensitivity analysis (5th to 95th percentile, median) as a chart, then as a table with the probability
 * that it keeps its rank.
 */
final class RankSensitivitySection {

    private final ReportContext report;
    private final HtmlReport.SensitivityPart sensitivity;
    private final Messages m;

    RankSensitivitySection(ReportContext report) {
        this.report = report;
        this.sensitivity = report.sensitivity;
        this.m = report.m;
    }

    void write(PageWriter page) {
        List<CityRanks> cities = sensitivity.cities();
        String runs = String.valueOf(sensitivity.runs());
        String noise = m.number(sensitivity.noise(), Math.max(0, sensitivity.noise().stripTrailingZeros().scale()));
        page.section("sensitivity", m.get("sensitivity.title"));
        page.append("<p>").append(esc(m.get("sensitivity.intro", runs, noise, String.valueOf(sensitivity.seed()))))
                .append("</p>\n");
        page.figure("sensitivity", cities.size(), Charts.svg(chart(cities), "chart-sensitivity", HtmlReport.WIDTH,
                90 + cities.size() * 24), m.get("sensitivity.caption", runs, noise));
        table(page, cities);
        page.append("</section>\n");
    }

    private JFreeChart chart(List<CityRanks> cities) {
        String[] labels = cities.stream().map(city -> city.evaluatedRank() + ". " + city.city()).toArray(String[]::new);
        Number[][] lows = {cities.stream().map(city -> city.p5() - 0.5).toArray(Number[]::new)};
        Number[][] highs = {cities.stream().map(city -> city.p95() + 0.5).toArray(Number[]::new)};
        DefaultIntervalCategoryDataset intervals = new DefaultIntervalCategoryDataset(
                new String[]{m.get("sensitivity.interval")}, labels, lows, highs);
        DefaultCategoryDataset medians = new DefaultCategoryDataset();
        String median = m.get("sensitivity.median");
        for (int i = 0; i < cities.size(); i++) {
            medians.addValue(cities.get(i).median(), median, labels[i]);
        }
        return Charts.rankIntervals(intervals, medians, m.get("sensitivity.axis"), report.cityCount(),
                Charts.format("0", report.lang), List.of(Charts.TEAL, Charts.BLUE.darker()));
    }

    private void table(PageWriter page, List<CityRanks> cities) {
        page.append("<table class=\"numbers sensitivity\">\n<thead><tr><th>").append(esc(m.get("col.city"))).append("</th><th>")
                .append(esc(m.get("col.rank"))).append("</th><th>").append(esc(m.get("col.median"))).append("</th><th>")
                .append(esc(m.get("col.percentiles"))).append("</th><th>").append(esc(m.get("col.sameRank")))
                .append("</th></tr></thead>\n<tbody>\n");
        for (CityRanks city : cities) {
            page.append("<tr data-city=\"").append(esc(city.city())).append("\"><td class=\"name\"><a href=\"#")
                    .append(anchor(city.city())).append("\">").append(esc(city.city())).append("</a></td><td>")
                    .append(city.evaluatedRank()).append("</td><td>").append(city.median()).append("</td><td>")
                    .append(city.p5()).append("–").append(city.p95()).append("</td><td>")
                    .append(m.number(BigDecimal.valueOf(city.probabilityOfEvaluatedRank()).movePointRight(2), 0))
                    .append("%</td></tr>\n");
        }
        page.append("</tbody></table>\n<p class=\"note\">").append(esc(m.get("sensitivity.tableNote"))).append("</p>\n");
    }
}
