package kz.etalon.report.html;

import static kz.etalon.report.html.HtmlReportTest.count;
import static kz.etalon.report.html.HtmlReportTest.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.city.CityData;
import kz.etalon.app.Bundled;
import kz.etalon.app.Etalon;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SensitivitySectionTest {

    private static final int RUNS = 20;
    private static final long SEED = 7;

    private static kz.etalon.app.LoadedStandard checked;
    private static CityData data;
    private static Evaluation evaluation;
    private static String english;

    @BeforeAll
    static void evaluate() {
        Etalon.Evaluated evaluated = Bundled.kz2019(Path.of("data/kz-2019-cities.csv"));
        checked = evaluated.standard();
        data = evaluated.data();
        evaluation = evaluated.evaluation();
        english = HtmlReport.render(evaluation, null, analysis(SEED), "en");
    }

    @Test
    void withoutASensitivityAnalysisTheReportHasNoSuchSection() {
        String plain = HtmlReport.render(evaluation, null, "en");

        assertThat(plain).doesNotContain("id=\"sensitivity\"", "data-chart=\"sensitivity\"", "How solid is each rank");
        assertThat(english).contains("<section id=\"sensitivity\">\n<h2>How solid is each rank</h2>",
                "<li><a href=\"#sensitivity\">How solid is each rank</a></li>");
    }

    @Test
    void theChartHasOneRankIntervalPerCityInTheOrderOfTheRanking() {
        String chart = figure(english, "sensitivity");

        assertThat(chart).startsWith("<figure data-chart=\"sensitivity\" data-items=\"17\">");
        assertThat(count(chart, "class='item'")).isEqualTo(17);
        List<String> keys = Pattern.compile("class='item' data-series='[^']*' data-key='([^']*)'").matcher(chart).results()
                .map(match -> match.group(1)).toList();
        assertThat(keys).containsExactlyElementsOf(evaluation.cities().stream().map(c -> c.rank() + ". " + c.city()).toList());
        assertThat(chart).contains("Median rank", "Rank (1 = first)", "over 20 runs with values ±5%");
    }

    @Test
    void theTableHasOneRowPerCityWithItsRankMedianIntervalAndProbabilityOfItsRank() {
        String section = english.substring(english.indexOf("<section id=\"sensitivity\">"));
        String table = section.substring(section.indexOf("<table class=\"numbers sensitivity\">"), section.indexOf("</table>"));

        assertThat(count(table, "<tr data-city=")).isEqualTo(17);
        assertThat(table).contains("<th>City</th><th>Rank</th><th>Median</th><th>5th–95th percentile</th>"
                + "<th>Probability of this rank</th>");
        assertThat(table).containsPattern("<tr data-city=\"Kyzylorda\"><td class=\"name\"><a href=\"#c-kyzylorda\">Kyzylorda</a>"
                + "</td><td>4</td><td>\\d+</td><td>\\d+–\\d+</td><td>\\d+%</td></tr>");
    }

    @Test
    void twoAnalysesWithTheSameSeedGiveByteIdenticalReports() {
        assertThat(HtmlReport.render(evaluation, null, analysis(SEED), "en")).isEqualTo(english);
    }

    @Test
    void inRussianTheSectionIsInRussian() {
        String russian = HtmlReport.render(evaluation, null, analysis(SEED), "ru");
        String section = russian.substring(russian.indexOf("<section id=\"sensitivity\">"), russian.indexOf("</section>",
                russian.indexOf("<section id=\"sensitivity\">")));

        assertThat(section).contains("Насколько надёжно каждое место", "Медианное место", "Место (1 — первое)",
                "Вероятность этого места", "прогонов: 20");
        for (String label : List.of("How solid", "Median", "Rank", "runs", "Probability")) {
            assertThat(section).doesNotContain(label);
        }
    }

    private static HtmlReport.SensitivityPart analysis(long seed) {
        BigDecimal noise = BigDecimal.valueOf(5);
        List<Sensitivity.CityRanks> ranks = Sensitivity.run(checked.standard(), checked.rules(), data, evaluation,
                new Uncertainty(noise, List.of(), List.of(), Map.of()), RUNS, seed, run -> { });
        return new HtmlReport.SensitivityPart(RUNS, seed, noise, ranks);
    }
}
