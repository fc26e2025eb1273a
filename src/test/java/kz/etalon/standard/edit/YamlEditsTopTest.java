package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlEditsTopTest {

    @TempDir
    Path dir;

    @Test
    void replacingTheYearChangesOnlyThatValueAndStillValidates() {
        String before = Trees.bundled("kz-2019");
        String after = YamlEdits.setTop(before, "year", "2020");

        assertThat(Trees.changedLines(before, after)).containsExactly("- year: 2019", "+ year: 2020");
        Map<String, Object> expected = Trees.copy(Trees.tree(before));
        expected.put("year", 2020);
        assertThat(Trees.tree(after)).isEqualTo(expected);
        assertThat(Trees.validated(dir, "kz-2019", after).year()).isEqualTo(2020);
    }

    @Test
    void replacingTheIdKeepsEveryCommentAndValidates() {
        String before = Trees.bundled("kz-2026");
        String after = YamlEdits.setTop(before, "id", "kz-2027");

        assertThat(after.lines().filter(l -> l.strip().startsWith("#")))
                .containsExactlyElementsOf(before.lines().filter(l -> l.strip().startsWith("#")).toList());
        assertThat(Trees.validated(dir, "kz-2027", after).id()).isEqualTo("kz-2027");
    }

    @Test
    void aMissingKeyIsInsertedAsANewLineAfterTheYear() {
        String before = "# c\nschema: etalon/v1\nid: x\nyear: 2019  # the year\ntitle: {en: X}\n";
        String after = YamlEdits.setTop(before, "based_on", "kz-2019");

        assertThat(after).isEqualTo("# c\nschema: etalon/v1\nid: x\nyear: 2019  # the year\nbased_on: kz-2019\n"
                + "title: {en: X}\n");
    }

    @Test
    void aMissingKeyGoesAfterTheIdWhenThereIsNoYear() {
        assertThat(YamlEdits.setTop("id: x\ntitle: t\n", "status", "draft")).isEqualTo("id: x\nstatus: draft\ntitle: t\n");
    }

    @Test
    void insertingIntoTheBundledStandardKeepsTheRestOfTheTree() {
        String before = Trees.bundled("kz-2018");
        String after = YamlEdits.setTop(before, "based_on", "kz-2019");

        assertThat(Trees.changedLines(before, after)).containsExactly("+ based_on: kz-2019");
        Map<String, Object> expected = Trees.copy(Trees.tree(before));
        expected.put("based_on", "kz-2019");
        assertThat(Trees.tree(after)).isEqualTo(expected);
        assertThat(after.indexOf("based_on")).isGreaterThan(after.indexOf("\nyear:"));
    }

    @Test
    void aValueYamlWouldMisreadIsDoubleQuoted() {
        assertThat(YamlEdits.setTop("id: x\n", "status", "yes")).isEqualTo("id: x\nstatus: \"yes\"\n");
        assertThat(YamlEdits.setTop("id: x\n", "based_on", "12:30")).isEqualTo("id: x\nbased_on: \"12:30\"\n");
        assertThat(YamlEdits.setTop("id: x\n", "based_on", " x")).isEqualTo("id: x\nbased_on: \" x\"\n");
    }

    @Test
    void theQuotingAlreadyThereIsKept() {
        assertThat(YamlEdits.setTop("id: 'x'\n", "id", "y")).isEqualTo("id: 'y'\n");
        assertThat(YamlEdits.setTop("id: \"x\" # c\n", "id", "y")).isEqualTo("id: \"y\" # c\n");
    }

    @Test
    void aNullValueRemovesTheLineAndOnlyIt() {
        String before = "id: x\n# about the status\nstatus: draft # for now\nyear: 2027\n";
        assertThat(YamlEdits.setTop(before, "status", null)).isEqualTo("id: x\n# about the status\nyear: 2027\n");
        assertThat(YamlEdits.setTop("id: x\n", "status", null)).isEqualTo("id: x\n");
    }

    @Test
    void aYearThatIsNotAWholeNumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> YamlEdits.setTop("id: x\nyear: 2019\n", "year", "next"))
                .isInstanceOf(InputException.class).hasMessageContaining("`year`").hasMessageContaining("next");
    }

    @Test
    void aKeyHoldingAMappingIsRefusedWithItsLine() {
        assertThatThrownBy(() -> YamlEdits.setTop("id: x\ntitle: {en: X}\n", "title", "X"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problems().get(0).where().line()).isEqualTo(2))
                .hasMessageContaining("mapping");
    }

    @Test
    void textThatIsNotYamlIsRefusedWithTheLine() {
        assertThatThrownBy(() -> YamlEdits.setTop("id: x\ntitle: {en: X\n", "id", "y"))
                .isInstanceOfSatisfying(InputException.class,
                        e -> assertThat(e.problems().get(0).where().line()).isGreaterThan(1))
                .hasMessageContaining("YAML syntax");
    }
}
