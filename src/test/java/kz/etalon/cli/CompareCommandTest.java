package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CompareCommandTest {

    @Test
    void withTwoStandardsAndTheDefaultData_thenEveryCityShowsItsMovementAndWhy() {
        CliRun run = CliRun.of("compare", "--standard", "kz-2018", "--standard", "kz-2019");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("kz-2018 (data/kz-2019-cities.csv) -> kz-2019 (data/kz-2019-cities.csv): 17 cities",
                "Rule outcomes that differ", "Changes of the standard that move cities",
                "area ctm moved from group additional to group priority", "Notes");
        assertThat(run.out().lines().filter(line -> line.matches("\\S.*\\d+ -> \\d+\\s+(▲\\d+|▼\\d+|=)\\s.*"))).hasSize(17);
    }

    @Test
    void withTwoDataYears_thenTheSplitAddsUpForEveryCity() throws Exception {
        CliRun run = CliRun.of("compare", "--standard", "kz-2018", "--standard", "kz-2019", "--cities",
                "data/kz-2018-cities.csv", "--cities", "data/kz-2019-cities.csv", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("attribution").size()).isEqualTo(17);
        for (JsonNode city : root.get("attribution")) {
            for (String measure : new String[] {"points", "places"}) {
                JsonNode split = city.get(measure);
                assertThat(split.get("data").asDouble() + split.get("standard").asDouble() + split.get("interaction").asDouble())
                        .isEqualTo(split.get("total").asDouble());
            }
        }
        JsonNode first = root.get("cities").get(0);
        assertThat(first.has("before")).isTrue();
        assertThat(first.get("movement").has("places")).isTrue();
        assertThat(first.get("differences").get(0).has("rule_after")).isTrue();
        assertThat(root.get("impacts").size()).isPositive();
    }

    @Test
    void whenOneCityIsAskedFor_thenOnlyItsOutcomesAreListedInFull() {
        CliRun run = CliRun.of("compare", "--standard", "kz-2019", "--standard", "kz-2026", "--cities",
                "data/kz-2019-cities.csv", "--city", "Almaty");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\nAlmaty: rank").doesNotContain("\nAktau: rank").doesNotContain("... and");
    }

    @Test
    void whenRunTwice_thenTheOutputIsByteIdentical() {
        String[] args = {"compare", "--standard", "kz-2018", "--standard", "kz-2019", "--format", "json"};
        assertThat(CliRun.of(args).out()).isEqualTo(CliRun.of(args).out());
    }

    @Test
    void whenOnlyOneStandardIsGiven_thenItIsAUsageError() {
        CliRun run = CliRun.of("compare", "--standard", "kz-2019");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --standard twice");
    }
}
