package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same edits on a standard written in block style with comments everywhere. */
class YamlEditsBlockStyleTest {

    @TempDir
    Path dir;

    private final String block = Trees.block();

    @Test
    void theFixtureIsAValidStandard() {
        assertThat(Trees.validated(dir, "block", block).indicators()).hasSize(3);
    }

    @Test
    void settingAFieldReplacesItsValueAndKeepsTheCommentAfterIt() {
        String after = YamlEdits.setIndicator(block, "hlt.01", "method", "share");

        assertThat(Trees.changedLines(block, after)).containsExactly("-         method: yes_no   # yes or no",
                "+         method: share   # yes or no");
        Trees.validated(dir, "block", after);
    }

    @Test
    void aQuotedNameStaysQuoted() {
        String after = YamlEdits.setIndicator(block, "hlt.01", "name.ru", "Запись онлайн");
        assertThat(after).contains("          ru: \"Запись онлайн\"\n");
    }

    @Test
    void aMissingFieldIsANewLineAtTheSiblingsIndentation() {
        String after = YamlEdits.setIndicator(block, "hlt.01", "source", "press: a hotline");

        assertThat(after).contains("        provenance: illustrative\n        source: \"press: a hotline\"\n");
        Trees.assertTreeChange(block, after, t -> Trees.indicator(t, "hlt.01").put("source", "press: a hotline"));
        Trees.validated(dir, "block", after);
    }

    @Test
    void aMissingTextByLanguageIsANestedBlock() {
        String after = YamlEdits.setIndicator(block, "hlt.01", "unit.en", "visits");

        assertThat(after).contains("        provenance: illustrative\n        unit:\n          en: visits\n");
        Trees.assertTreeChange(block, after, t -> Trees.indicator(t, "hlt.01").put("unit", Map.of("en", "visits")));
    }

    @Test
    void removingAFieldDeletesItsLinesOnly() {
        String after = YamlEdits.setIndicator(block, "hlt.02", "unit", null);

        assertThat(Trees.changedLines(block, after)).containsExactly("-         unit:", "-           en: minutes",
                "-           ru: минут", "-           kk: минут");
        Trees.assertTreeChange(block, after, t -> Trees.indicator(t, "hlt.02").remove("unit"));
        Trees.validated(dir, "block", after);
    }

    @Test
    void aNewIndicatorIsABlockMappingLikeItsSiblings() {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "hlt.03");
        fields.put("method", "yes_no");
        fields.put("name.en", "Telemedicine");
        fields.put("name.ru", "Телемедицина");
        fields.put("name.kk", "Телемедицина");
        fields.put("provenance", "illustrative");
        String after = YamlEdits.addIndicator(block, "hlt", fields);

        assertThat(after).contains("        provenance: illustrative\n"
                + "      - id: hlt.03\n        method: yes_no\n        name:\n          en: Telemedicine\n"
                + "          ru: Телемедицина\n          kk: Телемедицина\n        provenance: illustrative\n"
                + "      # the last one of health\n");
        assertThat(Trees.comments(after)).isEqualTo(Trees.comments(block));
        assertThat(Trees.validated(dir, "block", after).indicator("hlt.03")).isPresent();
    }

    @Test
    void removingABlockIndicatorDeletesExactlyItsLines() {
        String after = YamlEdits.removeIndicator(block, "hlt.01");

        assertThat(after).contains("    indicators:\n      # appointments\n      - id: hlt.02\n");
        assertThat(block.lines().count() - after.lines().count()).isEqualTo(7);
        assertThat(Trees.comments(after)).isEqualTo(Trees.comments(block));
        Trees.validated(dir, "block", after);
    }

    @Test
    void removingTheOnlyIndicatorLeavesAnEmptyList() {
        String after = YamlEdits.removeIndicator(block, "eco.01");
        assertThat(after).contains("    indicators: []\n# the end\n");
        String commented = YamlEdits.removeIndicator(YamlEdits.removeIndicator(block, "hlt.01"), "hlt.02");
        assertThat(commented).contains("    indicators: []\n      # appointments\n      # the last one of health\n");
        assertThat(Trees.comments(commented)).isEqualTo(Trees.comments(block));
    }

    @Test
    void topLevelEditsKeepTheBlockLayout() {
        String after = YamlEdits.setTop(YamlEdits.setTop(block, "year", "2025"), "id", "block2");
        assertThat(after).contains("id: block2\n# the year it applies to\nyear: 2025\n");
        assertThat(Trees.comments(after)).isEqualTo(Trees.comments(block));
    }

    @Test
    void windowsLineEndsStayWindowsLineEnds() {
        String crlf = block.replace("\n", "\r\n");
        String after = YamlEdits.setIndicator(crlf, "hlt.01", "source", "x");
        assertThat(after.replace("\r\n", "")).doesNotContain("\n");
        assertThat(after).contains("provenance: illustrative\r\n        source: x\r\n");
    }
}
