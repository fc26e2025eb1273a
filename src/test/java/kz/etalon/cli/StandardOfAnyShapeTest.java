package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standards of shapes other than groups of areas, through the command line: the U4SSC worked example
 * (pooled points, an exact band table with labels, no total, no ranking), a rules folder that adds an
 * aggregation without copying rules/common, and what is refused with its file and line.
 */
class StandardOfAnyShapeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void theU4sscExamplePoolsNineOfSixteenPointsInto56Point25PercentAndTheBand33To66() {
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", "data/u4ssc-example-cities.csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 1 + 3 + 4 + 1 = 9 of 4 x 4 = 16 -> 56.25 % -> [33, 66) -> 2 points, "33–66 %"
        assertThat(run.out()).contains("SC.EH.ED  Education  56.25 %  -> 2  33–66 %  9 of 16 points");
        // 3 + 4 + 2 = 9 of 3 x 4 = 12 (the fourth not reported, left out) -> 75 % -> [66, 95) -> 3 points
        assertThat(run.out()).contains("75.00 %  -> 3  66–95 %  9 of 12 points");
        assertThat(run.out()).doesNotContain("Rank", "Score", "Index");
    }

    @Test
    void theU4sscExampleInJsonCarriesValuePointsLabelAndCodesButNoRankOrScore() throws IOException {
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", "data/u4ssc-example-cities.csv",
                "--format", "json");

        JsonNode first = JSON.readTree(run.out()).path("cities").get(0);
        assertThat(first.path("city").asText()).isEqualTo("Four reported");
        assertThat(first.has("rank") || first.has("score") || first.has("points")).isFalse();
        JsonNode education = first.path("nodes").get(0);
        assertThat(education.path("value").decimalValue()).isEqualByComparingTo("56.25");
        assertThat(education.path("of_points").asInt()).isEqualTo(9);
        assertThat(education.path("points_possible").asInt()).isEqualTo(16);
        assertThat(education.path("label").asText()).isEqualTo("33–66 %");
        JsonNode kpi = first.path("indicators").get(2);
        assertThat(kpi.path("code").asText()).isEqualTo("SC: EH: ED: 3C");
        assertThat(kpi.path("points").asInt()).isEqualTo(4);
        assertThat(kpi.path("label").asText()).isEqualTo("95 %+");
        assertThat(kpi.path("attributes").path("tier").asText()).isEqualTo("core");
    }

    @Test
    void aPointsInputOfFiveIsRefusedAtItsLine() throws IOException {
        Path csv = Files.writeString(home.resolve("five.csv"), "city,indicator,value\nX,SC.EH.ED.1C,2\nX,SC.EH.ED.2C,5\n"
                + "X,SC.EH.ED.3C,4\nX,SC.EH.ED.4C,1\n");

        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-example", "--cities", csv.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("five.csv:3:", "`5` is not whole points from 1 to 4").doesNotContain("Exception");
    }

    @Test
    void aQuestionOfRanksOnAStandardWithoutRankingIsAnsweredInTheReadersLanguage() {
        CliRun run = CliRun.of("compare", "--standard", "u4ssc-example", "--standard", "u4ssc-example", "--lang", "ru");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("У u4ssc-example нет итога и рейтинга городов").doesNotContain("Exception");
    }

    @Test
    void aRulesFolderAddsTheMedianAggregationWithoutCopyingTheCommonRules() throws IOException {
        copyTree(Path.of("src/test/resources/workspaces/median"), home);
        copyTree(Path.of("rules/common"), home.resolve("rules/common"));

        CliRun run = CliRun.in(home, "evaluate", "--standard", "median-2030", "--cities",
                home.resolve("data/median-2030-cities.csv").toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode nodes = JSON.readTree(run.out()).path("cities").get(0).path("nodes");
        // left = median(10, 90, 60) = 60; right = mean(20) = 20; all = median(60, 20) = 40 -> [40, 70) = 2, middle
        assertThat(nodes.get(1).path("value").decimalValue()).isEqualByComparingTo("60");
        assertThat(nodes.get(1).path("aggregation").asText()).isEqualTo("median");
        assertThat(nodes.get(2).path("value").decimalValue()).isEqualByComparingTo("20");
        assertThat(nodes.get(0).path("value").decimalValue()).isEqualByComparingTo("40");
        assertThat(nodes.get(0).path("label").asText()).isEqualTo("middle");
        assertThat(Files.exists(home.resolve("rules/median/aggregations.drl"))).isFalse();
    }

    @Test
    void twoRulesClaimingOneAggregationAreAnErrorNamingBothFilesAndLines() throws IOException {
        copyTree(Path.of("src/test/resources/workspaces/median"), home);
        copyTree(Path.of("rules/common"), home.resolve("rules/common"));
        Path median = home.resolve("rules/median/median.drl");
        Files.writeString(median, Files.readString(median).replace("@aggregation(\"median\")", "@aggregation(\"mean\")"));

        CliRun run = CliRun.in(home, "evaluate", "--standard", "median-2030", "--cities",
                home.resolve("data/median-2030-cities.csv").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("median.drl:12", "aggregation `mean` is claimed here and at ",
                "aggregations.drl:13").doesNotContain("Exception");
    }

    @Test
    void aStatedMaxScoreThatDiffersFromTheRulesDerivedOneIsAnErrorAtItsLine() {
        CliRun run = CliRun.of("validate", "src/test/resources/invalid-with-rules/max-score-mismatch.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("max-score-mismatch.yaml:19", "`max_score` is 25", "set `max_score: 15`");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
