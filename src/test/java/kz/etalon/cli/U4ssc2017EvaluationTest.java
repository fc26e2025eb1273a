package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled U4SSC standard evaluated through the command line: Fixed Broadband Subscriptions banded by the
 * ranges U4SSC published for it, a KPI without a benchmark shown but not scored, a category with nothing
 * scored shown as not scored, and no total or rank.
 */
class U4ssc2017EvaluationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode evaluate(String rows) throws IOException {
        Path csv = Files.writeString(dir.resolve("cities.csv"), "city,indicator,value\n" + rows);
        CliRun run = CliRun.of("evaluate", "--standard", "u4ssc-2017", "--cities", csv.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("cities");
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " not found in " + items);
    }

    @Test
    void theFileValidatesWithNoWarning() {
        CliRun run = CliRun.of("validate", "standards/u4ssc-2017.yaml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("ok: 1 file valid").doesNotContain("warning");
    }

    @Test
    void fixedBroadbandPointsFollowThePublishedRangesOnTheSideTheirWordingPutsEachBoundary() throws IOException {
        // value -> percent of the 60 % target -> band. "Less than 19.8" -> 1; "19.8 - 39.6" -> 2; "39.6 - 57.0" -> 3
        // (39.6, written in two ranges, starts this one as 19.8 starts the one before); "More than 57.0" -> 4.
        Map<String, String> values = Map.of("Astana", "19.79", "Almaty", "19.8", "Shymkent", "39.59", "Karaganda", "39.6",
                "Aktobe", "56.99", "Taraz", "57.0", "Pavlodar", "57.01", "Semey", "80");
        StringBuilder rows = new StringBuilder();
        values.forEach((city, value) -> rows.append(city).append(",EC.ICT.ICT.2C,").append(value).append('\n'));

        JsonNode cities = evaluate(rows.toString());

        Map<String, Integer> points = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        cities.forEach(city -> {
            JsonNode kpi = find(city.path("indicators"), "EC.ICT.ICT.2C");
            points.put(kpi.path("value").asText(), kpi.path("points").asInt());
            labels.put(kpi.path("value").asText(), kpi.path("label").asText());
        });
        assertThat(points).containsEntry("19.79", 1).containsEntry("19.8", 2).containsEntry("39.59", 2)
                .containsEntry("39.6", 3).containsEntry("56.99", 3).containsEntry("57.0", 3).containsEntry("57.01", 4)
                .containsEntry("80", 4);
        assertThat(labels).containsEntry("19.79", "below 33 %").containsEntry("19.8", "33–66 %")
                .containsEntry("57.0", "66–95 %").containsEntry("57.01", "95 %+");
    }

    @Test
    void aCityReportingAFewKpisGetsItsReportedBenchmarkScoredAndEveryCategoryWithNothingScoredShownAsNotScored()
            throws IOException {
        // 45 of a 60 target = 75 % -> 3 points of 4 -> ICT Infrastructure 3 of 4 = 75 % -> "66–95 %"; the other
        // KPIs reported have no benchmark and score nothing, so their categories are not scored.
        JsonNode city = evaluate("Astana,EC.ICT.ICT.2C,45\nAstana,EC.ICT.ICT.1C,80\nAstana,SC.EH.ED.1C,90\n").get(0);

        JsonNode nodes = city.path("nodes");
        JsonNode infrastructure = find(nodes, "economy-ict-infrastructure");
        assertThat(infrastructure.path("scored").asBoolean()).isTrue();
        assertThat(infrastructure.path("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(infrastructure.path("of_points").asInt()).isEqualTo(3);
        assertThat(infrastructure.path("points_possible").asInt()).isEqualTo(4);
        assertThat(infrastructure.path("label").asText()).isEqualTo("66–95 %");
        assertThat(find(nodes, "EC").path("value").decimalValue()).isEqualByComparingTo("75");
        for (String notScored : new String[] {"society-education", "economy-transport", "environment-air-quality", "SC", "EN"}) {
            JsonNode node = find(nodes, notScored);
            assertThat(node.path("scored").asBoolean()).as(notScored).isFalse();
            assertThat(node.has("value") && !node.path("value").isNull()).as(notScored).isFalse();
        }
        JsonNode withoutBenchmark = find(city.path("indicators"), "SC.EH.ED.1C");
        assertThat(withoutBenchmark.path("value").asText()).isEqualTo("90");
        assertThat(withoutBenchmark.has("points")).isFalse();
        assertThat(withoutBenchmark.path("percent").isNull()).isTrue();
    }

    @Test
    void theStandardHasNoRankAndAQuestionOfRanksIsRefused() throws IOException {
        JsonNode city = evaluate("Astana,EC.ICT.ICT.2C,45\n").get(0);
        assertThat(city.has("rank") || city.has("score") || city.has("points") || city.has("index")).isFalse();

        CliRun compare = CliRun.of("compare", "--standard", "u4ssc-2017", "--standard", "u4ssc-2017");
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.err()).contains("u4ssc-2017").doesNotContain("Exception");
    }
}
