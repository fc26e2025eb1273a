package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;

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
 * that it keeps its rank (template {@code report/sensitivity.jte}).
 */
public record RankSensitivitySection(Messages m, String intro, Figure chart, List<Row> rows) {

    public record Row(String city, String anchor, int rank, int median, int p5, int p95, String probability) {
    }

    static RankSensitivitySection of(ReportContext report) {
        Messages m = report.m;
        HtmlReport.SensitivityPart sensitivity = report.sensitivity;
        List<CityRanks> cities = sensitivity.cities();
        String runs = String.valueOf(sensitivity.runs());
        String noise = m.number(sensitivity.noise(), Math.max(0, sensitivity.noise().stripTrailingZeros().scale()));
        Figure chart = report.figure("sensitivity", cities.size(), Charts.svg(chart(report, cities), "chart-sensitivity",
                HtmlReport.WIDTH, 90 + cities.size() * 24), m.get("sensitivity.caption", runs, noise), null);
        List<Row> rows = cities.stream().map(city -> new Row(city.city(), anchor(city.city()), city.evaluatedRank(),
                city.median(), city.p5(), city.p95(),
                m.number(BigDecimal.valueOf(city.probabilityOfEvaluatedRank()).movePointRight(2), 0) + "%")).toList();
        return new RankSensitivitySection(m, m.get("sensitivity.intro", runs, noise, String.valueOf(sensitivity.seed())),
                chart, rows);
    }

    private static JFreeChart chart(ReportContext report, List<CityRanks> cities) {
        Messages m = report.m;
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
}
