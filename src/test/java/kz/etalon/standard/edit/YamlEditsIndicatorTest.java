package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.InputException;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator edits on the bundled standards, whose indicators are flow mappings on one line. */
class YamlEditsIndicatorTest {

    @TempDir
    Path dir;

    private final String kz2019 = Trees.bundled("kz-2019");

    @Test
    void settingAnExistingFieldReplacesOnlyItsValueKeepingItsQuotes() {
        String after = YamlEdits.setIndicator(kz2019, "ctm.04", "target", "7.5");

        List<String> changed = Trees.changedLines(kz2019, after);
        assertThat(changed).hasSize(2);
        assertThat(changed.get(1)).isEqualTo(changed.get(0).replace("target: 5,", "target: 7.5,").replaceFirst("^-", "+"));
        Trees.assertTreeChange(kz2019, after, t -> Trees.indicator(t, "ctm.04").put("target", 7.5));
        Trees.validated(dir, "kz-2019", after);

        String renamed = YamlEdits.setIndicator(kz2019, "ctm.01", "name.en", "Services \"online\"");
        assertThat(renamed).contains("{en: \"Services \\\"online\\\"\", ru: \"Доля");
        Trees.assertTreeChange(kz2019, renamed, t -> Trees.map(Trees.indicator(t, "ctm.01"), "name")
                .put("en", "Services \"online\""));
        assertThat(Trees.validated(dir, "kz-2019", renamed).indicator("ctm.01").orElseThrow().name().in("en"))
                .isEqualTo("Services \"online\"");
    }

    @Test
    void aMissingFieldIsAddedBeforeTheClosingBrace() {
        String after = YamlEdits.setIndicator(kz2019, "ctm.03", "unit", "1000");

        assertThat(after).contains("source: \"press: en.tengrinews.kz, later rating (109 citizen hotline)\", unit: \"1000\"}\n");
        Trees.assertTreeChange(kz2019, after, t -> Trees.indicator(t, "ctm.03").put("unit", "1000"));
        Trees.validated(dir, "kz-2019", after);
    }

    @Test
    void aNullValueRemovesTheKeyAndOneComma() {
        String after = YamlEdits.setIndicator(kz2019, "ctm.04", "better", null);

        assertThat(Trees.changedLines(kz2019, after).get(1)).contains("{id: ctm.04, method: target, target: 5, unit: {en:");
        Trees.assertTreeChange(kz2019, after, t -> Trees.indicator(t, "ctm.04").remove("better"));
        Trees.validated(dir, "kz-2019", after);
    }

    @Test
    void removingTheLastLanguageOfATextRemovesTheText() {
        String once = YamlEdits.setIndicator(kz2019, "ctm.04", "unit", "days");
        String byLanguage = YamlEdits.setIndicator(once, "ctm.04", "unit.ru", "дней");
        assertThat(byLanguage).contains("unit: {ru: дней}");
        String gone = YamlEdits.setIndicator(byLanguage, "ctm.04", "unit.ru", "");
        Trees.assertTreeChange(kz2019, gone, t -> Trees.indicator(t, "ctm.04").remove("unit"));
    }

    @Test
    void aTextByLanguageIsReplacedByOneTextForUnitButNotForName() {
        String after = YamlEdits.setIndicator(kz2019, "ctm.04", "unit", "%");
        Trees.assertTreeChange(kz2019, after, t -> Trees.indicator(t, "ctm.04").put("unit", "%"));
        assertThatThrownBy(() -> YamlEdits.setIndicator(kz2019, "ctm.04", "name", "x"))
                .isInstanceOf(InputException.class).hasMessageContaining("no field `name`");
    }

    @Test
    void aNewIndicatorIsAFlowMappingLineAfterTheLastOfItsArea() {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("id", "ctm.11");
        fields.put("method", "target");
        fields.put("target", "12");
        fields.put("unit", "1000");
        fields.put("name.en", "Kiosks: open");
        fields.put("name.ru", "Киоски");
        fields.put("name.kk", "Киоскілер");
        fields.put("provenance", "illustrative");
        fields.put("source", "");
        String after = YamlEdits.addIndicator(kz2019, "ctm", fields);

        assertThat(Trees.changedLines(kz2019, after)).containsExactly("+       - {id: ctm.11, method: target, target: 12,"
                + " unit: \"1000\", name: {en: \"Kiosks: open\", ru: Киоски, kk: Киоскілер}, provenance: illustrative}");
        int added = after.lines().toList().indexOf(Trees.changedLines(kz2019, after).get(0).substring(2));
        assertThat(after.lines().toList().get(added - 1)).contains("id: ctm.10");
        Trees.assertTreeChange(kz2019, after, t -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> ctm = (Map<String, Object>) Trees.list(t, "areas").get(0);
            Map<String, Object> indicator = new LinkedHashMap<>();
            indicator.put("id", "ctm.11");
            indicator.put("method", "target");
            indicator.put("target", 12);
            indicator.put("unit", "1000");
            indicator.put("name", Map.of("en", "Kiosks: open", "ru", "Киоски", "kk", "Киоскілер"));
            indicator.put("provenance", "illustrative");
            Trees.list(ctm, "indicators").add(indicator);
        });
        Standard read = Trees.validated(dir, "kz-2019", after);
        assertThat(read.indicator("ctm.11").orElseThrow().target()).isNotNull();
    }

    @Test
    void removingAnIndicatorDeletesExactlyItsLine() {
        String after = YamlEdits.removeIndicator(kz2019, "hlt.03");

        assertThat(Trees.changedLines(kz2019, after)).hasSize(1).allMatch(l -> l.startsWith("-       - {id: hlt.03,"));
        assertThat(after.lines().count()).isEqualTo(kz2019.lines().count() - 1);
        Trees.assertTreeChange(kz2019, after, t -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> hlt = (Map<String, Object>) Trees.list(t, "areas").get(1);
            Trees.list(hlt, "indicators").removeIf(i -> "hlt.03".equals(((Map<?, ?>) i).get("id")));
        });
        Trees.validated(dir, "kz-2019", after);
    }

    @Test
    void everyBundledStandardTakesEachKindOfIndicatorEditAndStillValidates() {
        for (String id : List.of("kz-2018", "kz-2019", "kz-2026")) {
            String text = Trees.bundled(id);
            Map<String, Object> tree = Trees.tree(text);
            Map<String, Object> area = Trees.firstArea(tree);
            String first = Trees.indicatorIdsOf(tree, area).get(0);
            String second = Trees.indicatorIdsOf(tree, area).get(1);

            String renamed = YamlEdits.setIndicator(text, first, "name.kk", "Жаңа атау");
            Trees.assertTreeChange(text, renamed, t -> Trees.map(Trees.indicator(t, first), "name").put("kk", "Жаңа атау"));
            String sourced = YamlEdits.setIndicator(renamed, first, "source", "press: yes, #1");
            Trees.assertTreeChange(renamed, sourced, t -> Trees.indicator(t, first).put("source", "press: yes, #1"));
            String removed = YamlEdits.removeIndicator(sourced, second);
            LinkedHashMap<String, String> fields = new LinkedHashMap<>(Map.of("id", second + "x", "method", "yes_no",
                    "name.en", "New", "name.ru", "Новый", "name.kk", "Жаңа", "provenance", "illustrative"));
            String added = YamlEdits.addIndicator(removed, (String) area.get("id"), fields);

            Standard read = Trees.validated(dir, id, added);
            assertThat(read.indicator(second)).isEmpty();
            assertThat(read.indicator(second + "x")).isPresent();
            assertThat(read.indicator(first).orElseThrow().name().in("kk")).isEqualTo("Жаңа атау");
            assertThat(Trees.comments(added)).isEqualTo(Trees.comments(text));
        }
    }

    @Test
    void anUnknownIndicatorNamesTheIndicatorsOfItsArea() {
        assertThatThrownBy(() -> YamlEdits.setIndicator(kz2019, "ctm.99", "target", "1"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line())
                        .isEqualTo(lineOf(kz2019, "    indicators:")))
                .hasMessageContaining("no indicator `ctm.99`").hasMessageContaining("area ctm has ctm.01, ctm.02");
        assertThatThrownBy(() -> YamlEdits.removeIndicator(kz2019, "zzz"))
                .isInstanceOf(InputException.class).hasMessageContaining("known indicators: ctm.01");
    }

    @Test
    void anUnknownAreaNamesTheKnownAreas() {
        assertThatThrownBy(() -> YamlEdits.addIndicator(kz2019, "xyz", new LinkedHashMap<>(Map.of("id", "xyz.01"))))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line())
                        .isEqualTo(lineOf(kz2019, "\nareas:")))
                .hasMessageContaining("known areas: ctm, hlt, edu");
    }

    @Test
    void aDuplicateIdIsRefusedWithTheLineOfTheOneThatExists() {
        assertThatThrownBy(() -> YamlEdits.addIndicator(kz2019, "hlt", new LinkedHashMap<>(Map.of("id", "ctm.02"))))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line())
                        .isEqualTo(lineOf(kz2019, "{id: ctm.02,")))
                .hasMessageContaining("`ctm.02` already exists");
    }

    @Test
    void aTargetThatIsNotANumberIsRefusedNamingTheField() {
        assertThatThrownBy(() -> YamlEdits.setIndicator(kz2019, "ctm.04", "target", "five"))
                .isInstanceOf(InputException.class).hasMessageContaining("`target` should be a number");
        assertThatThrownBy(() -> YamlEdits.addIndicator(kz2019, "ctm",
                new LinkedHashMap<>(Map.of("id", "ctm.12", "target", "1,5"))))
                .isInstanceOf(InputException.class).hasMessageContaining("`target`");
    }

    @Test
    void anUnknownFieldIsRefusedListingTheFields() {
        assertThatThrownBy(() -> YamlEdits.setIndicator(kz2019, "ctm.04", "weight", "1"))
                .isInstanceOf(InputException.class).hasMessageContaining("`weight`").hasMessageContaining("name.en");
    }

    static int lineOf(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new AssertionError(part);
        }
        int start = part.startsWith("\n") ? at + 1 : at;
        return (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void inAV2StandardANewIndicatorGoesAfterItsNodesLastOneAndIntoTheNodesListAndLeavesBoth() {
        String text = Trees.bundled("kz-2026");
        LinkedHashMap<String, String> fields = new LinkedHashMap<>(Map.of("id", "ctm.11", "method", "yes_no",
                "name.en", "Kiosks", "name.ru", "Киоски", "name.kk", "Киоскілер", "provenance", "illustrative"));

        String added = YamlEdits.addIndicator(text, "gov", fields);

        assertThat(Trees.changedLines(text, added)).hasSize(3);
        List<String> lines = added.lines().toList();
        int last = lines.indexOf(lines.stream().filter(l -> l.startsWith("  - {id: ctm.10,")).findFirst().orElseThrow());
        assertThat(lines.get(last + 1)).startsWith("  - {id: ctm.11, ").contains("method: yes_no");
        assertThat(added).contains("indicators: [ctm.01, ctm.02, ctm.03, ctm.04, ctm.05, ctm.06, ctm.07, ctm.08, ctm.09,"
                + " ctm.10, ctm.11]");
        Standard read = Trees.validated(dir, "kz-2026", added);
        assertThat(read.indicator("ctm.11").orElseThrow().areaId()).isEqualTo("gov");
        assertThat(read.area("gov").orElseThrow().indicators()).hasSize(11);

        String removed = YamlEdits.removeIndicator(added, "ctm.11");

        assertThat(removed).isEqualTo(text);
    }
}
