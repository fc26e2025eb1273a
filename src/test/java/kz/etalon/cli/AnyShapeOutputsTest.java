package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.sheet.Workbooks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV, the results workbook and the explanation of standards that are not groups of areas: the U4SSC
 * worked example (pooled points, labelled bands, no total, no ranking), the U4SSC KPIs (a KPI without a
 * benchmark), and a small v2 standard with a total, with and without a ranking.
 */
class AnyShapeOutputsTest {

    private static final String EXAMPLE = "data/u4ssc-example-cities.csv";

    @TempDir
    Path dir;

    @Test
    void theU4sscExampleCsvHasEachCitysEducationValuePointsLabelAndScoredButNoRankOrTotal() {
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", EXAMPLE, "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 1 + 3 + 4 + 1 = 9 of 16 = 56.25 % -> [33, 66) -> 2 points; 3 + 4 + 2 = 9 of 12 = 75 % -> [66, 95) -> 3
        assertThat(run.out().split("\n")).containsExactly(
                "city,categories.SC.EH.ED.value,categories.SC.EH.ED.points,categories.SC.EH.ED.label,categories.SC.EH.ED.scored",
                "Four reported,56.25,2,33–66 %,true",
                "Three reported,75.0,3,66–95 %,true");
    }

    @Test
    void theJsonOfANodeSaysWhatItsRuleTookAndLeftOut() throws IOException {
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", EXAMPLE, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        com.fasterxml.jackson.databind.JsonNode reckoning = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(run.out()).path("cities").get(1).path("nodes").get(0).path("reckoning");
        // Three reported: 3 + 4 + 2 points of 4 each, SC.EH.ED.4C not reported
        assertThat(reckoning.path("aggregation").asText()).isEqualTo("pooled");
        List<String> items = new ArrayList<>();
        reckoning.path("items").forEach(item -> items.add(item.path("id").asText() + "=" + item.path("amount").asInt()
                + "/" + item.path("possible").asInt()));
        assertThat(items).containsExactly("SC.EH.ED.1C=3/4", "SC.EH.ED.2C=4/4", "SC.EH.ED.3C=2/4");
        assertThat(reckoning.path("left_out").get(0).asText()).isEqualTo("SC.EH.ED.4C");
    }

    @Test
    void aCategoryWithNothingScoredHasAnEmptyValueAndScoredFalseInTheCsv() throws IOException {
        Path data = Files.writeString(dir.resolve("kpis.csv"), "city,indicator,value\nAstana,EC.ICT.ICT.2C,45\nAstana,SC.EH.ED.1C,90\n");

        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-2017", "--cities", data.toString(), "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> header = List.of(run.out().split("\n")[0].split(","));
        List<String> astana = List.of(run.out().split("\n")[1].split(",", -1));
        // SC.EH.ED.1C has no benchmark: society-education has nothing scored; 45 of a 60 target = 75 % -> 3 of 4
        assertThat(astana.get(header.indexOf("categories.society-education.value"))).isEmpty();
        assertThat(astana.get(header.indexOf("categories.society-education.scored"))).isEqualTo("false");
        assertThat(astana.get(header.indexOf("categories.economy-ict-infrastructure.value"))).isEqualTo("75.0");
        assertThat(astana.get(header.indexOf("dimensions.EC.label"))).isEqualTo("66–95 %");
        assertThat(header).doesNotContain("rank", "score", "points", "index");
    }

    @Test
    void aStandardWithATotalAndARankingHasRankAndTotalColumnsAndWithoutTheRankingNoRankColumn() throws IOException {
        CliRun ranked = CliRun.of("evaluate", "--standard", twoParts(true).toString(), "--cities", twoCities().toString(),
                "--format", "csv");
        CliRun unranked = CliRun.of("evaluate", "--standard", twoParts(false).toString(), "--cities", twoCities().toString(),
                "--format", "csv");

        assertThat(ranked.exitCode()).as(ranked.err()).isZero();
        assertThat(unranked.exitCode()).as(unranked.err()).isZero();
        // X: left 80 -> 2 points x 2 = 4, right 20 -> 1 x 1 = 1: 5 of (2 x 2 + 2 x 1 =) 6 = 83.33 %, index (160 + 20) / 3 = 60
        // Y: left 40 -> 1 x 2 = 2, right 90 -> 2 x 1 = 2: 4 of 6 = 66.67 %, index (80 + 90) / 3 = 56.67
        assertThat(ranked.out().split("\n")).containsExactly(
                "rank,city,score,points,index,parts.left.value,parts.left.points,parts.left.label,parts.left.weighted,"
                        + "parts.left.scored,parts.right.value,parts.right.points,parts.right.label,parts.right.weighted,"
                        + "parts.right.scored",
                "1,X,83.33333333333333,5,60.0,80.0,2,high,4,true,20.0,1,low,1,true",
                "2,Y,66.66666666666667,4,56.666666666666664,40.0,1,low,2,true,90.0,2,high,2,true");
        assertThat(unranked.out().split("\n")[0]).startsWith("city,score,points,index,parts.left.value");
        assertThat(unranked.out().split("\n")[1]).startsWith("X,83.33333333333333,5,");
    }

    @Test
    void theExplanationOfTheU4sscExampleAddsTheKpisPointsOverThosePossibleAndNamesTheBand() {
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", EXAMPLE, "--explain", "Four reported");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Four reported under u4ssc-example (standards/u4ssc-example.yaml)\n\nCategories\n")
                .contains("Education (SC.EH.ED, standards/u4ssc-example.yaml:32)")
                .containsPattern("SC\\.EH\\.ED\\.3C +Higher education degrees +4 +100\\.0% -> 4 \\(95 %\\+\\) +rule \"points: as entered\"")
                .contains("pooled  (1 + 3 + 4 + 1) of (4 + 4 + 4 + 4) points = 9 of 16 = 56.25 %")
                .containsPattern("band +33–66 % -> 2 points \\(standards/u4ssc-example.yaml:20\\) +rule \"band points on the exact value\"")
                .doesNotContain("Rank", "Total", "Index");
        CliRun three = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", EXAMPLE, "--explain", "Three reported");
        assertThat(three.out()).contains("(3 + 4 + 2) of (4 + 4 + 4) points = 9 of 12 = 75.00 %; 1 left out")
                .containsPattern("SC\\.EH\\.ED\\.4C +Adult literacy +\\(missing\\) +left out");
    }

    @Test
    void aKpiWithoutABenchmarkIsExplainedAsNotScoredAndItsCategoryAsHavingNothingScored() throws IOException {
        Path data = Files.writeString(dir.resolve("kpis.csv"), "city,indicator,value\nAstana,EC.ICT.ICT.2C,45\nAstana,SC.EH.ED.1C,90\n");

        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-2017", "--cities", data.toString(), "--explain", "Astana");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("SC\\.EH\\.ED\\.1C +Student ICT Access +90 +not scored \\(no benchmark\\)")
                .containsPattern("EC\\.ICT\\.ICT\\.2C +Fixed Broadband Subscriptions +45 +75\\.0% -> 3 \\(66–95 %\\)")
                .contains("value  not scored: nothing scored under it; 7 left out")
                .doesNotContain("–%", "- %", "– %");
    }

    @Test
    void theExplanationOfARankedStandardAddsTheWeightedPointsAndSaysTheRank() throws IOException {
        CliRun run = CliRun.of("evaluate", "--standard", twoParts(true).toString(), "--cities", twoCities().toString(),
                "--explain", "X");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("X: rank 1 of 2 under two-parts")
                .contains("weighted  2 x 2 = 4", "Total: 4 + 1 = 5 points; score 5 / 6 = 83.33 %", "Index: (2 x 80.00 + 1 x 20.00) / 3 = 60.00",
                        "Rank 1: by score, then index");
    }

    @Test
    void weightedLeastAndSumAreExplainedWithTheirOperands() throws IOException {
        Path standard = Files.writeString(dir.resolve("mixed-2030.yaml"), """
                schema: etalon/v2
                id: mixed-2030
                year: 2030
                title: {en: Mixed, ru: Смешанный, kk: Аралас}
                rules: [common]
                indicators:
                  - {id: a, method: share, name: {en: A, ru: А, kk: А}}
                  - {id: b, method: share, name: {en: B, ru: Б, kk: Б}}
                classifications:
                  - id: tree
                    name: {en: Tree, ru: Дерево, kk: Ағаш}
                    nodes:
                      - {id: all, aggregation: weighted, weights: {left: 2}, name: {en: All, ru: Всё, kk: Бәрі}}
                      - {id: left, parent: all, indicators: [a], name: {en: Left, ru: Лево, kk: Сол}}
                      - {id: right, parent: all, indicators: [b], name: {en: Right, ru: Право, kk: Оң}}
                  - id: flat
                    name: {en: Flat, ru: Плоско, kk: Жазық}
                    nodes:
                      - {id: low, aggregation: min, indicators: [a, b], name: {en: Low, ru: Низ, kk: Төмен}}
                      - {id: added, aggregation: sum, indicators: [a, b], name: {en: Added, ru: Сумма, kk: Қосынды}}
                """);

        CliRun run = CliRun.of("evaluate", "--standard", standard.toString(), "--cities", twoCities().toString(),
                "--explain", "X");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // X: a = 80, b = 20; all = (2 x 80 + 1 x 20) / 3 = 60; low = min(80, 20); added = 80 + 20
        assertThat(run.out()).containsPattern("weighted average +\\(2 x 80\\.00 \\+ 1 x 20\\.00\\) / \\(2 \\+ 1\\) = 60\\.00 %")
                .containsPattern("least +least of 80\\.00, 20\\.00 = 20\\.00 %")
                .containsPattern("sum +80 \\+ 20 = 100\\.00 %")
                .doesNotContain("rank", "Total");
    }

    @Test
    void theWorkbookOfTheU4sscExampleHasASheetOfCategoriesWithNodesAndIndicators() throws IOException {
        Path out = dir.resolve("u4ssc.xlsx");
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", EXAMPLE, "--format", "xlsx",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = Workbooks.open(out)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Categories");
            assertThat(texts(sheet.getRow(0))).containsExactly("City", "Node", "Name", "Indicator", "Value", "Percent",
                    "Points", "Band");
            Row education = sheet.getRow(1);
            assertThat(texts(education).subList(0, 3)).containsExactly("Four reported", "SC.EH.ED", "Education");
            assertThat(education.getCell(5).getNumericCellValue()).isEqualTo(56.25);
            assertThat(education.getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(education.getCell(7).getStringCellValue()).isEqualTo("33–66 %");
            Row kpi = sheet.getRow(4);   // Four reported: SC.EH.ED.3C, 4 points as entered = 100 %
            assertThat(kpi.getCell(3).getStringCellValue()).isEqualTo("SC.EH.ED.3C");
            assertThat(kpi.getCell(4).getStringCellValue()).isEqualTo("4");
            assertThat(kpi.getCell(5).getNumericCellValue()).isEqualTo(100);
            assertThat(kpi.getCell(7).getStringCellValue()).isEqualTo("95 %+");
            Row missing = sheet.getRow(10);  // Three reported: SC.EH.ED.4C, not reported
            assertThat(missing.getCell(0).getStringCellValue()).isEqualTo("Three reported");
            assertThat(missing.getCell(3).getStringCellValue()).isEqualTo("SC.EH.ED.4C");
            assertThat(missing.getCell(7).getStringCellValue()).isEqualTo("left out");
        }
    }

    @Test
    void theWorkbookOfARankedStandardStartsWithItsRankingAndOfAnUnrankedOneWithoutTheRankColumn() throws IOException {
        Path ranked = dir.resolve("ranked.xlsx");
        Path unranked = dir.resolve("unranked.xlsx");
        assertThat(CliRun.of("evaluate", "--standard", twoParts(true).toString(), "--cities", twoCities().toString(),
                "--format", "xlsx", "--out", ranked.toString()).exitCode()).isZero();
        assertThat(CliRun.of("evaluate", "--standard", twoParts(false).toString(), "--cities", twoCities().toString(),
                "--format", "xlsx", "--out", unranked.toString()).exitCode()).isZero();

        try (XSSFWorkbook workbook = Workbooks.open(ranked)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Ranking");
            assertThat(workbook.getSheetName(1)).isEqualTo("Parts");
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("Rank", "City", "Score", "Points", "Index");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue()).isEqualTo(5);
        }
        try (XSSFWorkbook workbook = Workbooks.open(unranked)) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("City", "Score", "Points", "Index");
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.toString()));
        return texts;
    }

    private Path twoCities() throws IOException {
        return Files.writeString(dir.resolve("two-cities.csv"), "city,indicator,value\nX,a,80\nX,b,20\nY,a,40\nY,b,90\n");
    }

    /** Two parts, each the mean of one share, banded low (below 50) or high; left weighs 2; a total, maybe a ranking. */
    private Path twoParts(boolean ranked) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(ranked ? "ranked" : "unranked"));
        return Files.writeString(folder.resolve("two-parts.yaml"), """
                schema: etalon/v2
                id: two-parts
                year: 2030
                title: {en: Two parts, ru: Две части, kk: Екі бөлік}
                rules: [common]
                bands:
                  b:
                    bounds: exact
                    steps:
                      - {below: 50, points: 1, label: {en: low, ru: низко, kk: төмен}}
                      - {from: 50, points: 2, label: {en: high, ru: высоко, kk: жоғары}}
                indicators:
                  - {id: a, method: share, name: {en: A, ru: А, kk: А}}
                  - {id: b, method: share, name: {en: B, ru: Б, kk: Б}}
                classifications:
                  - id: parts
                    name: {en: Parts, ru: Части, kk: Бөліктер}
                    nodes:
                      - {id: left, bands: b, factor: 2, indicators: [a], name: {en: Left, ru: Лево, kk: Сол}}
                      - {id: right, bands: b, indicators: [b], name: {en: Right, ru: Право, kk: Оң}}
                total:
                  classification: parts
                  scale: percent_of_max
                """ + (ranked ? "ranking:\n  tie_break: [index]\n" : ""));
    }
}
