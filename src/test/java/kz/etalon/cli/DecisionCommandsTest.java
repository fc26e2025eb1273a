package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** whatif, evaluate --fragile and sensitivity from the command line, on the bundled defaults. */
class DecisionCommandsTest {

    @TempDir
    Path dir;

    @Test
    void whatIfForAktau_thenAPlanWithStepsAndTheMostEffectiveAreas() {
        CliRun run = CliRun.of("whatif", "--city", "Aktau");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("What if: Aktau under kz-2019 - rank 17, 9 points", "Fewest improvements:",
                "Most effective areas for Aktau");
    }

    @Test
    void whatIfWithCostsAndARankGoal_thenTheJsonPlanReachesIt() throws Exception {
        Path costs = Files.writeString(dir.resolve("costs.csv"), "indicator,cost\nscy.03,1\nhcs.03,2\nict.04,5\nict.05,5\nict.08,5\n");

        CliRun run = CliRun.of("whatif", "--city", "Aktau", "--goal", "rank:14", "--costs", costs.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.get("reached").asBoolean()).isTrue();
        JsonNode last = plan.get("steps").get(plan.get("steps").size() - 1);
        assertThat(last.get("rank").asInt()).isLessThanOrEqualTo(14);
    }

    @Test
    void whatIfWithABadGoalOrUnknownCity_thenUsageOrInputErrorWithExitTwo() {
        assertThat(CliRun.of("whatif", "--city", "Aktau", "--goal", "rank:zero").exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.of("whatif", "--city", "Atlantis");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no city `Atlantis`");
    }

    @Test
    void evaluateFragile_thenTheCitiesNearAnEdgeAreListedWithWhatWouldFlip() throws Exception {
        CliRun run = CliRun.of("evaluate", "--fragile");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Fragile results: group averages within 1 of a band edge",
                "Atyrau     additional    20.00  20.5      0.50  up: 1 -> 2 points");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("evaluate", "--fragile", "0.6", "--format", "json").out());
        assertThat(json.get("fragile").size()).isEqualTo(2);
    }

    @Test
    void sensitivityWithoutNoise_thenEveryRankIsCertain() {
        CliRun run = CliRun.of("sensitivity", "--runs", "5", "--noise", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("kz-2019: 5 runs, seed 1").doesNotContain("  0%");
        assertThat(run.out().lines().filter(line -> line.contains("100%"))).hasSize(17);
    }
}
