package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    @TempDir
    Path dir;

    @Test
    void whenTheBandsChange_thenTheyShowAsATableByPoints_andJsonKeepsItsDescriptionAndAddsTheBands() throws Exception {
        Path wider = dir.resolve("kz-2027.yaml");
        String text = Files.readString(Path.of("standards/kz-2019.yaml")).replaceFirst("(?m)^id: kz-2019$", "id: kz-2027")
                .replace("{min: 0,  max: 20,  points: 1}", "{min: 0,  max: 25,  points: 1}")
                .replace("{min: 21, max: 40,  points: 2}", "{min: 26, max: 40,  points: 2}");
        Files.writeString(wider, text);

        CliRun run = CliRun.of("diff", "kz-2019", wider.toString());
        CliRun ru = CliRun.of("diff", "kz-2019", wider.toString(), "--lang", "ru");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("diff", "kz-2019", wider.toString(), "--format", "json").out());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("0..20:1").contains(String.join("\n",
                "    points  kz-2019  kz-2027",
                "         1  0–20     0–25",
                "         2  21–40    26–40",
                "         3  41–60    41–60",
                "         4  61–80    61–80",
                "         5  81–100   81–100"));
        assertThat(ru.out()).contains("баллы  kz-2019  kz-2027", "изменены диапазоны");
        JsonNode bands = json.get("changes").get(0);
        assertThat(bands.get("kind").asText()).isEqualTo("bands_changed");
        assertThat(bands.get("description").asText()).startsWith("bands [0..20:1 21..40:2");
        assertThat(bands.get("bands").get("after").get(0).get("max").asInt()).isEqualTo(25);
        assertThat(bands.get("bands").get("before").get(1).get("min").asInt()).isEqualTo(21);
    }

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
