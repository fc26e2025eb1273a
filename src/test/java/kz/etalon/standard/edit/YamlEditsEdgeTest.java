package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;

/** Texts the bundled standards do not show: flow lists, emoji, aliases, no final line break, comments in odd places. */
class YamlEditsEdgeTest {

    private static final String FLOW_LIST = "id: f\nareas:\n  - id: a\n    indicators: [{id: a.1, method: yes_no},"
            + " {id: a.2, method: share}]  # two\n";

    @Test
    void aNewIndicatorJoinsAFlowListBeforeItsBracket() {
        String after = YamlEdits.addIndicator(FLOW_LIST, "a", new LinkedHashMap<>(Map.of("id", "a.3")));
        assertThat(after).isEqualTo("id: f\nareas:\n  - id: a\n    indicators: [{id: a.1, method: yes_no},"
                + " {id: a.2, method: share}, {id: a.3}]  # two\n");
    }

    @Test
    void removingFromAFlowListTakesTheItemAndOneComma() {
        assertThat(YamlEdits.removeIndicator(FLOW_LIST, "a.1"))
                .isEqualTo("id: f\nareas:\n  - id: a\n    indicators: [{id: a.2, method: share}]  # two\n");
        assertThat(YamlEdits.removeIndicator(FLOW_LIST, "a.2"))
                .isEqualTo("id: f\nareas:\n  - id: a\n    indicators: [{id: a.1, method: yes_no}]  # two\n");
        assertThat(YamlEdits.removeIndicator(YamlEdits.removeIndicator(FLOW_LIST, "a.2"), "a.1"))
                .isEqualTo("id: f\nareas:\n  - id: a\n    indicators: []  # two\n");
    }

    @Test
    void anAreaWithoutIndicatorsGetsAList() {
        String after = YamlEdits.addIndicator("areas:\n  - id: a\n    name: {en: A}\n", "a",
                new LinkedHashMap<>(Map.of("id", "a.1")));
        assertThat(after).isEqualTo("areas:\n  - id: a\n    name: {en: A}\n    indicators: [{id: a.1}]\n");
        assertThat(YamlEdits.addIndicator("areas:\n  - id: a\n    indicators: []\n", "a",
                new LinkedHashMap<>(Map.of("id", "a.1")))).isEqualTo("areas:\n  - id: a\n    indicators: [{id: a.1}]\n");
    }

    @Test
    void textBeyondTheBasicPlaneDoesNotShiftTheEdit() {
        String text = "title: {en: \"😀 smart 😀\"}\nareas:\n  - {id: a, indicators: [{id: a.1, name: {en: \"🏙️ city\"},"
                + " method: yes_no}]}\n";
        String after = YamlEdits.setIndicator(text, "a.1", "method", "share");
        assertThat(after).isEqualTo(text.replace("method: yes_no", "method: share"));
        assertThat(YamlEdits.setIndicator(text, "a.1", "name.en", "🌆 town"))
                .isEqualTo(text.replace("\"🏙️ city\"", "\"🌆 town\""));
    }

    @Test
    void aTextWithoutAFinalLineBreakGetsItsNewLineInTheRightPlace() {
        assertThat(YamlEdits.setTop("id: x\nyear: 2019", "status", "draft")).isEqualTo("id: x\nyear: 2019\nstatus: draft\n");
        assertThat(YamlEdits.setTop("id: x", "year", "2020")).isEqualTo("id: x\nyear: 2020\n");
    }

    @Test
    void aValueTakenFromAnAliasIsRefusedNotWrittenIntoTheAnchor() {
        String text = "defaults: &d yes_no\nareas:\n  - id: a\n    indicators:\n      - {id: a.1, method: *d}\n";
        assertThatThrownBy(() -> YamlEdits.setIndicator(text, "a.1", "method", "share"))
                .isInstanceOf(InputException.class).hasMessageContaining("alias");
        assertThat(YamlEdits.setIndicator(text, "a.1", "method", null))
                .isEqualTo("defaults: &d yes_no\nareas:\n  - id: a\n    indicators:\n      - {id: a.1}\n");
    }

    @Test
    void commentsBetweenAndAfterFlowItemsSurviveEditsElsewhere() {
        String text = "areas:   # the areas\n  - id: a   # first\n    # its list\n    indicators:\n"
                + "      - {id: a.1, method: yes_no}   # one\n      # between\n      - {id: a.2, method: share}   # two\n"
                + "      # after\n# end\n";
        String after = YamlEdits.setIndicator(YamlEdits.removeIndicator(text, "a.1"), "a.2", "target", "5");
        assertThat(after).isEqualTo("areas:   # the areas\n  - id: a   # first\n    # its list\n    indicators:\n"
                + "      # between\n      - {id: a.2, method: share, target: 5}   # two\n      # after\n# end\n");
    }

    @Test
    void aBlockIndicatorWhoseFirstKeyIsNotIdStillLosesOnlyItsLines() {
        String text = "areas:\n  - id: a\n    indicators:\n      - method: yes_no\n        id: a.1\n"
                + "      - id: a.2\n        method: share\n";
        assertThat(YamlEdits.removeIndicator(text, "a.1")).isEqualTo("areas:\n  - id: a\n    indicators:\n"
                + "      - id: a.2\n        method: share\n");
        assertThat(YamlEdits.setIndicator(text, "a.1", "method", null)).isEqualTo("areas:\n  - id: a\n    indicators:\n"
                + "      - id: a.1\n      - id: a.2\n        method: share\n");
    }

    @Test
    void aByteOrderMarkAtTheStartDoesNotShiftTheEdit() {
        assertThat(YamlEdits.setTop("\uFEFFid: x\nyear: 2019\n", "year", "2020")).isEqualTo("\uFEFFid: x\nyear: 2020\n");
    }

    @Test
    void aDocumentMarkerAndAMultiLineFlowMappingKeepTheirPlaces() {
        String text = "---\nscoring:\n  factors: {\n    K1: 1,\n    K2: 2\n  }\n...\n";
        assertThat(YamlEdits.setFactor(text, "K2", "4")).isEqualTo(text.replace("K2: 2", "K2: 4"));
        assertThat(YamlEdits.setTop(text, "id", "x")).isEqualTo("---\nscoring:\n  factors: {\n    K1: 1,\n    K2: 2\n  }\n"
                + "id: x\n...\n");
    }

    @Test
    void textNestedFarDeeperThanAStandardIsRefusedBeforeItIsComposed() {
        String deep = "id: x\nd: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n";
        assertThatThrownBy(() -> YamlEdits.setTop(deep, "id", "y"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line()).isEqualTo(2))
                .hasMessageContaining("nested more than 20 levels");
    }

    @Test
    void noFieldsAtAllIsRefusedAsAnIndicatorWithoutId() {
        assertThatThrownBy(() -> YamlEdits.addIndicator(FLOW_LIST, "a", null))
                .isInstanceOf(InputException.class).hasMessageContaining("needs an `id`");
    }
}
