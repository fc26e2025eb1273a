package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.Messages;
import kz.etalon.report.JsonReport;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsPagesTest {

    private static final Pattern ROW = Pattern.compile("<tr data-city=\"([^\"]*)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern STEP = Pattern.compile(
            "<tr[^>]*data-step=\"([a-z]+)\"(?: data-indicator=\"([^\"]*)\")? data-line=\"(\\d+)\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("<td class=\"rule\">([^<]*)</td>");

    @TempDir
    static Path dir;
    static WebRun web;
    static Evaluation evaluation;

    @BeforeAll
    static void serve() throws IOException {
        web = WebRun.local(dir);
        Path uploads = Files.createDirectories(web.workspace().resolve("data/uploads"));
        String data = Files.readString(web.workspace().resolve("data/kz-2019-cities.csv"));
        Files.writeString(uploads.resolve("renamed.csv"), data.replace("Almaty,", "Алматы қаласы,"));
        evaluation = app().evaluate("kz-2019", web.workspace().resolve("data/kz-2019-cities.csv")).evaluation();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theRankingTableStartsWithTheFirstCityOfTheEvaluation_withItsScorePointsIndexAndGroups() {
        WebRun.Response page = web.client().get("/results");
        assertThat(page.status()).isEqualTo(200);
        CityResult first = evaluation.cities().get(0);
        Matcher row = ROW.matcher(page.body());
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).isEqualTo(first.city());
        String cells = row.group(2);
        assertThat(cells).contains(">" + first.rank() + "<")
                .contains(first.score().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%")
                .contains(">" + first.points().stripTrailingZeros().toPlainString() + "/25<")
                .contains(first.index().setScale(1, RoundingMode.HALF_UP).toPlainString());
        for (GroupResult group : first.groups()) {
            assertThat(cells).contains(group.average().setScale(1, RoundingMode.HALF_UP) + " → <b>" + group.points() + "</b>");
        }
        assertThat(page.body()).contains("id=\"ranking-table\"");
        assertThat(rows(page.body())).hasSize(evaluation.cities().size());
    }

    /** Checked by hand (GoldenOutputTest): Almaty is second with 8 + 2 + 8 = 18 of 25 points, 72%, index 61.06. */
    @Test
    void almatysRowShowsTheFiguresCheckedByHand() {
        String almaty = rows(web.client().get("/results?standard=kz-2019&data=kz-2019-cities.csv").body()).get(1);
        assertThat(almaty).contains("Almaty</a>", "72%", "18/25", "61.1", "67.2 → <b>4</b>", "31.7 → <b>2</b>", "69.6 → <b>4</b>");
    }

    @Test
    void thePageHoldsTheRankingChartTheHeatMapTheAreaChartsTheNotesAndTheDownloads() {
        String page = web.client().get("/results").body();
        int areas = evaluation.standard().areas().size();
        assertThat(page).contains("data-chart=\"ranking\" data-items=\"" + evaluation.cities().size() + "\"",
                "data-chart=\"heatmap\"", "data-chart=\"areas\" data-items=\"" + areas + "\"", "id=\"notes\"",
                "href=\"/results/download/json?standard=kz-2019&amp;data=kz-2019-cities.csv\"");
        assertThat(page).as("each area's chart comes when the reader scrolls to it, and by a plain link")
                .contains("hx-get=\"/results/areas?standard=kz-2019&amp;data=kz-2019-cities.csv\" hx-trigger=\"revealed\"",
                        "<a href=\"/results/areas?standard=kz-2019&amp;data=kz-2019-cities.csv\">");
        WebRun.Response charts = web.client().get("/results/areas?standard=kz-2019&data=kz-2019-cities.csv");
        assertThat(charts.status()).isEqualTo(200);
        assertThat(charts.body()).contains("<html lang=\"en\">", "<style>svg .s0 {");
        assertThat(Pattern.compile("data-chart=\"area\"").matcher(charts.body()).results().count()).isEqualTo(areas);
        for (var area : evaluation.standard().areas()) {
            assertThat(charts.body()).contains("data-area=\"" + area.id() + "\"");
        }
        assertThat(page).as("a city in the heat map links to its card")
                .contains("<a href=\"/results/city?standard=kz-2019&amp;data=kz-2019-cities.csv&amp;city=Almaty\">Almaty</a></th>");
    }

    @Test
    void anHtmxRequestForTheAreaChartsGetsTheChartsAlone_inTheClassesOfThePagesStyles() throws Exception {
        String page = web.client().get("/results").body();
        String styles = page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
        java.net.http.HttpResponse<String> part = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(web.base().resolve("/results/areas?standard=kz-2019&data=kz-2019-cities.csv"))
                        .header("HX-Request", "true").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(part.statusCode()).isEqualTo(200);
        assertThat(part.body()).startsWith("<section id=\"per-area\">").doesNotContain("<html", "<style>");
        Pattern.compile("class='(s\\d+)'").matcher(part.body()).results().map(m -> m.group(1)).distinct()
                .forEach(name -> assertThat(styles).contains("svg ." + name + " {"));
    }

    @Test
    void fragileResultsAreFlaggedAsEvaluateFragileFindsThem() {
        Etalon app = app();
        Etalon.Evaluated evaluated = app.evaluate("kz-2019", web.workspace().resolve("data/kz-2019-cities.csv"));
        var fragile = app.fragility(evaluated, BigDecimal.ONE);
        String page = web.client().get("/results").body();
        assertThat(Pattern.compile("<li data-city=").matcher(page).results().count()).isEqualTo(fragile.size());
        for (var group : fragile) {
            assertThat(page).contains("<li data-city=\"" + group.city() + "\" data-group=\"" + group.group() + "\">");
        }
        long flaggedCells = Pattern.compile("<td class=\"num fragile\"").matcher(page).results().count();
        assertThat(flaggedCells).isEqualTo(fragile.size());
    }

    @Test
    void aCityCardShowsRadarStrongestWeakestAndPointsPerGroup() {
        WebRun.Response card = web.client().get("/results/city?standard=kz-2019&data=kz-2019-cities.csv&city=Almaty");
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("data-chart=\"radar\"", "Strongest areas", "Weakest areas", "rank 2 of 17",
                "4 × 2 = <b>8</b>", "<b>18/25</b>");
    }

    /**
     * Each step of the chain names a rule, and its line is a line of kz-2019.yaml that holds what the step
     * read: the indicator's entry, the area, the group, the rounding, the band of the points, the factors.
     */
    @Test
    void theExplanationNamesEachStepsRuleAndAYamlLineThatHoldsIt() throws IOException {
        CityResult almaty = evaluation.city("Almaty").orElseThrow();
        List<String> yaml = Files.readAllLines(web.workspace().resolve("standards/kz-2019.yaml"), StandardCharsets.UTF_8);
        Messages en = Messages.of("en");
        String page = web.client().get("/results/city?standard=kz-2019&city=Almaty").body();
        Matcher step = STEP.matcher(page.substring(page.indexOf("id=\"explanation\"")));
        List<String> kinds = new ArrayList<>();
        int indicators = 0;
        while (step.find()) {
            String kind = step.group(1);
            int number = Integer.parseInt(step.group(3));
            assertThat(number).as("YAML line of " + step.group(0)).isPositive();
            String line = yaml.get(number - 1);
            Matcher rule = RULE.matcher(step.group(4));
            assertThat(rule.find()).as("rule of " + step.group(0)).isTrue();
            kinds.add(kind);
            if (kind.equals("indicator")) {
                indicators++;
                String id = step.group(2);
                assertThat(line).contains("id: " + id + ",");
                IndicatorResult scored = almaty.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
                assertThat(rule.group(1)).isEqualTo(en.ruleName(scored.rule()).replace("&", "&amp;"));
            } else if (kind.equals("area")) {
                assertThat(line).startsWith("  - id: ");
                assertThat(rule.group(1)).isEqualTo("mean of the items");
            }
        }
        assertThat(indicators).isEqualTo((int) evaluation.standard().indicators().count());
        assertThat(kinds.stream().filter("group"::equals).count()).isEqualTo(4L * evaluation.standard().groups().size());
        assertThat(kinds.stream().filter("total"::equals).count()).isEqualTo(3);
        // the priority group: 67.20 over 6 areas -> 67 -> band 61..80 (4 points) -> 4 x K2 = 8
        String priority = page.substring(page.indexOf("data-group-steps=\"priority\""));
        priority = priority.substring(0, priority.indexOf("</table>"));
        assertThat(priority).contains("67.20 over 6 area(s)", "mean of the items", "round on the band table", "band points",
                "correction factor", "4 x K2 (2) = 8");
        List<Integer> lines = Pattern.compile("data-line=\"(\\d+)\"").matcher(priority).results()
                .map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(yaml.get(lines.get(0) - 1)).contains("{id: priority,");
        assertThat(yaml.get(lines.get(1) - 1)).contains("rounding:");
        assertThat(yaml.get(lines.get(2) - 1)).contains("min: 61", "points: 4");
        assertThat(yaml.get(lines.get(3) - 1)).contains("factors:");
        assertThat(page).contains("Total: 8 + 2 + 8 = 18 points; score 18 / 25 = 0.7200", "total score", "index");
    }

    @Test
    void cityNamesInAnyScriptWithSpacesAreEncodedInLinksAndFoundAgain() {
        String results = web.client().get("/results?standard=kz-2019&data=uploads/renamed.csv").body();
        String link = "/results/city?standard=kz-2019&data=uploads%2Frenamed.csv&city="
                + Page.encode("Алматы қаласы");
        assertThat(link).contains("%D0%90", "+");
        assertThat(results).contains("<a href=\"" + link.replace("&", "&amp;") + "\">Алматы қаласы</a>");
        WebRun.Response card = web.client().get(link);
        assertThat(card.status()).isEqualTo(200);
        assertThat(card.body()).contains("<h1>Алматы қаласы <span");
    }

    @Test
    void aDataSetUploadedAfterThePageWasMadeIsOfferedAtOnce() throws IOException {
        assertThat(web.client().get("/results").body()).doesNotContain("uploads/later.csv");
        Files.copy(web.workspace().resolve("data/kz-2019-cities.csv"), web.workspace().resolve("data/uploads/later.csv"));
        assertThat(web.client().get("/results").body()).contains("<option value=\"uploads/later.csv\">uploads/later.csv</option>");
    }

    @Test
    void theHomePageListsTheResultsOpenedLast() {
        web.client().get("/results?standard=kz-2018");
        assertThat(web.client().get("/").body())
                .contains("<a href=\"/results?standard=kz-2018&amp;data=kz-2018-cities.csv\"><code>kz-2018</code>");
    }

    @Test
    void anUnknownCityIsNotFound_andThePageNamesTheCities() {
        WebRun.Response page = web.client().get("/results/city?standard=kz-2019&city=Atlantis");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Atlantis");
        for (CityResult city : evaluation.cities()) {
            assertThat(page.body()).contains(">" + city.city() + "</a></li>");
        }
        assertThat(web.client().get("/results/city?standard=kz-2019").status()).isEqualTo(404);
    }

    @Test
    void anUnknownStandardOrDataSetIsNotFound_andNoPathIsRead() {
        assertThat(web.client().get("/results?standard=kz-1999").status()).isEqualTo(404);
        assertThat(web.client().get("/results?standard=kz-2019&data=nothing.csv").status()).isEqualTo(404);
        assertThat(web.client().get("/results?standard=kz-2019&data=..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
        assertThat(web.client().get("/results/city?standard=kz-1999&city=Almaty").status()).isEqualTo(404);
        assertThat(web.client().get("/results/download/json?standard=kz-1999").status()).isEqualTo(404);
        assertThat(web.client().get("/results/download/pdf?standard=kz-2019").status()).isEqualTo(404);
    }

    @Test
    void anotherStandardOnItsOwnDataIsShown() {
        WebRun.Response page = web.client().get("/results?standard=kz-2018");
        assertThat(page.status()).isEqualTo(200);
        Evaluation of2018 = app().evaluate("kz-2018", web.workspace().resolve("data/kz-2018-cities.csv")).evaluation();
        assertThat(rows(page.body()).get(0)).contains(">" + of2018.cities().get(0).city() + "</a>");
        assertThat(page.body()).contains("<option value=\"kz-2018\" selected>");
    }

    @Test
    void dataThatDoesNotFitTheStandardGetsItsProblems_besideTheChoiceOfAnother() {
        WebRun.Response page = web.client().get("/results?standard=kz-2018&data=kz-2019-cities.csv");
        assertThat(page.status()).isEqualTo(400);
        // kz-2018 has no ctm.08 (kz-2018.yaml); kz-2019-cities.csv names it on line 9
        assertThat(page.body()).contains("class=\"results-choice\"", "<option value=\"kz-2018\" selected>",
                "data/kz-2019-cities.csv:9:1</code> indicator `ctm.08` is not in kz-2018")
                .doesNotContain("Exception");
    }

    @Test
    void aStandardWithoutDataOfItsOwnSaysWhoseDataItShows() {
        WebRun.Response page = web.client().get("/results?standard=kz-2026");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("kz-2026 has no bundled city data of its own; using ", "kz-2019-cities.csv");
    }

    @Test
    void eachDownloadHasItsTypeAndFileName() {
        for (String format : List.of("html", "xlsx", "json", "csv")) {
            WebRun.Response file = web.client().get("/results/download/" + format + "?standard=kz-2019&data=kz-2019-cities.csv");
            assertThat(file.status()).as(format).isEqualTo(200);
            assertThat(file.header("Content-Disposition")).isEqualTo("attachment; filename=\"kz-2019-results." + format + "\"");
            assertThat(file.header("Content-Type")).startsWith(switch (format) {
                case "html" -> "text/html";
                case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case "json" -> "application/json";
                default -> "text/csv";
            });
        }
        assertThat(web.client().get("/results/download/csv?standard=kz-2019").body())
                .startsWith("rank,city,score,points,index,").contains("\n1," + evaluation.cities().get(0).city() + ",");
        assertThat(web.client().get("/results/download/xlsx?standard=kz-2019").body()).startsWith("PK");
        assertThat(web.client().get("/results/download/html?standard=kz-2019").body()).startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"en\">");
    }

    @Test
    void theJsonDownloadIsByteForByteWhatJsonReportWritesForTheSameEvaluation() {
        String json = web.client().get("/results/download/json?standard=kz-2019&data=kz-2019-cities.csv").body();
        assertThat(json).isEqualTo(JsonReport.render(evaluation));
    }

    @Test
    void theRussianPageHasRussianLabelsAndNumbersWithADecimalComma() {
        WebRun.Client client = web.client();
        client.get("/language/ru?back=/results");
        String page = client.get("/results").body();
        assertThat(page).contains("<html lang=\"ru\">", "Результаты", "Рейтинг городов", "Скачать");
        assertThat(rows(page).get(1)).contains("Almaty</a>", "61,1", "67,2 → <b>4</b>");
        String card = client.get("/results/city?standard=kz-2019&city=Almaty").body();
        assertThat(card).contains("Расчёт", "Правило", "67,20");
        assertThat(client.get("/results/download/html?standard=kz-2019").body()).contains("<html lang=\"ru\">");
    }

    private static List<String> rows(String page) {
        Matcher row = ROW.matcher(page);
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(row.group(0));
        }
        return rows;
    }

    private static Etalon app() {
        return new Etalon(new Workspace(web.workspace(), Path.of("")));
    }
}
