package kz.etalon.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.city.CityData;
import kz.etalon.app.Bundled;
import kz.etalon.app.Etalon;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static Evaluation evaluation;
    private static String english;

    @BeforeAll
    static void evaluate() {
        evaluation = Bundled.kz2019(Path.of("data/kz-2019-cities.csv")).evaluation();
        english = HtmlReport.render(evaluation, null, "en");
    }

    @Test
    void theRankingChartHasAScoreBarAndAnIndexBarForEveryCity() {
        String ranking = figure(english, "ranking");

        assertThat(count(ranking, "class='item' data-series='Score, %'")).isEqualTo(17);
        assertThat(count(ranking, "class='item' data-series='Index'")).isEqualTo(17);
        assertThat(ranking).contains("data-key='1. Nur-Sultan'", "data-key='17. Aktau'");
    }

    @Test
    void thereIsAChartOfTheAreaMeansAndOneChartPerAreaWithEveryCity() {
        assertThat(count(figure(english, "areas"), "class='item'")).isEqualTo(12);
        List<String> areaCharts = figures(english, "area");
        assertThat(areaCharts).hasSize(12);
        areaCharts.forEach(chart -> assertThat(count(chart, "class='item'")).isEqualTo(17));
        assertThat(english).contains("data-area=\"btd\"");
    }

    @Test
    void theHeatMapHasACellForEveryCityAndArea() {
        String heatmap = english.substring(english.indexOf("<table class=\"heatmap\""), english.indexOf("</table>",
                english.indexOf("<table class=\"heatmap\"")));

        assertThat(count(heatmap, "<tr><th><a href=")).isEqualTo(17);
        assertThat(count(heatmap, "<td")).isEqualTo(18 * 12);
    }

    @Test
    void everyCityHasACardWithARadarChartStrengthsPointsAndTheCalculation() {
        assertThat(count(english, "<article class=\"card\"")).isEqualTo(17);
        assertThat(figures(english, "radar")).hasSize(17);
        String almaty = english.substring(english.indexOf("<article class=\"card\" id=\"c-almaty\""));
        almaty = almaty.substring(0, almaty.indexOf("</article>"));
        assertThat(almaty).contains("rank 2 of 17", "18 of 25 points", "Strongest areas", "Weakest areas",
                "Education <b>100.0</b>", "The calculation, indicator by indicator", "hlt.01", "Total 8 + 2 + 8 = 18 points");
    }

    @Test
    void theCalculationLabelsEachMethodOnceWithItsUnitAndNeverAnEmptyUnit() {
        String russian = HtmlReport.render(evaluation, null, "ru");

        assertThat(english).doesNotContain("yes/no ()", "share, % (%)", " ()");
        assertThat(count(english, "<td>yes/no</td>")).isEqualTo(17 * 30);
        assertThat(english).contains("<td>share, %</td>", "<td>target 5 days (lower is better)</td>",
                "<td>target 50 Mbit/s</td>");
        assertThat(russian).contains("<td>да/нет</td>", "<td>доля, %</td>", "<td>цель 5 дней (чем меньше, тем лучше)</td>",
                "<td>цель 50 Мбит/с</td>");
        assertThat(russian).doesNotContain("<td>yes</td>", "<td>no</td>").contains("<td>да</td>", "<td>нет</td>");
    }

    @Test
    void theFileNeedsNothingFromOutside() {
        assertThat(english).doesNotContain("<script", "<link", "@import", "<img", "<iframe");
        assertThat(english).doesNotContainPattern("(src|href)=[\"'](?!#)");
        assertThat(english).doesNotContainPattern("url\\((?!#)");
        assertThat(english).contains("@page { size: A4");
    }

    @Test
    void twoRendersAreByteIdentical() {
        assertThat(HtmlReport.render(evaluation, null, "en")).isEqualTo(english);
    }

    @Test
    void inRussianAndKazakhEveryLabelIsInThatLanguage() {
        String russian = HtmlReport.render(evaluation, null, "ru");
        String kazakh = HtmlReport.render(evaluation, null, "kk");

        assertThat(russian).contains("<html lang=\"ru\">", "Рейтинг городов", "Оценка, %", "Здравоохранение",
                "Тепловая карта", "Сильные сферы", "место 2 из 17", "61,1");
        assertThat(kazakh).contains("<html lang=\"kk\">", "Қалалар рейтингі", "Баға, %", "Денсаулық сақтау",
                "Жылу картасы", "Күшті салалар", "17 қаланың ішінде 2-орын");
        for (String label : List.of("Ranking of the cities", "Strongest areas", "Heat map", "City cards", "Score, %")) {
            assertThat(russian).doesNotContain(label);
            assertThat(kazakh).doesNotContain(label);
        }
    }

    static String figure(String html, String chart) {
        return figures(html, chart).get(0);
    }

    static List<String> figures(String html, String chart) {
        Matcher figure = Pattern.compile("<figure data-chart=\"" + chart + "\".*?</figure>", Pattern.DOTALL).matcher(html);
        return figure.results().map(r -> r.group()).toList();
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
