package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class DiffCommandTest {

    @Test
    void whenTheShippedStandardsAreDiffed_thenEveryKindOfChangeBetween2018And2019Shows() {
        CliRun run = CliRun.of("diff", "kz-2018", "kz-2019");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("kz-2018 (standards/kz-2018.yaml) -> kz-2019 (standards/kz-2019.yaml)",
                "indicator its.03 method yes_no -> share", "indicator hlt.06 target 30 -> 20",
                "area ctm moved from group additional to group priority", "indicator scy.06 moved from edu to scy",
                "indicator ctm.11", "removed from ctm", "indicator ict.09", "added to ict");
    }

    @Test
    void whenJsonIsAskedFor_thenEachChangeHasItsKindAndLinesOnBothSides() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CliRun.of("diff", "kz-2018", "kz-2019", "--format", "json").out());

        assertThat(root.get("before").get("standard").asText()).isEqualTo("kz-2018");
        assertThat(root.get("changes").size()).isGreaterThan(30);
        JsonNode method = null;
        for (JsonNode change : root.get("changes")) {
            if (change.get("kind").asText().equals("method_changed") && change.get("subject").asText().equals("its.03")) {
                method = change;
            }
        }
        assertThat(method).isNotNull();
        assertThat(method.get("before").get("line").asInt()).isPositive();
        assertThat(method.get("after").get("file").asText()).endsWith("kz-2019.yaml");
    }

    @Test
    void whenAStandardIsDiffedWithItself_thenThereIsNoChange() {
        assertThat(CliRun.of("diff", "kz-2019", "standards/kz-2019.yaml").out()).contains(": 0 changes");
    }
}
