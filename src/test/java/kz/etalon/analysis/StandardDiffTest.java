package kz.etalon.analysis;

import static kz.etalon.analysis.TinyPair.A;
import static kz.etalon.analysis.TinyPair.B;
import static kz.etalon.analysis.TinyPair.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.analysis.Change.Kind;
import kz.etalon.engine.TestStandards;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardDiffTest {

    @TempDir
    Path dir;

    private List<Change> changes;

    @BeforeEach
    void diffTheTinyPair() {
        Standard a = TestStandards.standard(dir, "pair-a", A);
        Standard b = TestStandards.standard(dir, "pair-b", B);
        changes = StandardDiff.between(a, b);
    }

    @Test
    void eachKindOfIndicatorChangeIsFoundWithItsLineOnBothSides() {
        assertChange(Kind.INDICATOR_ADDED, "y.new", 0, lineOf(B, "y.new"));
        assertChange(Kind.INDICATOR_REMOVED, "x.old", lineOf(A, "x.old"), 0);
        assertChange(Kind.INDICATOR_RENAMED, "x.2", lineOf(A, "id: x.2"), lineOf(B, "id: x.2"));
        assertChange(Kind.INDICATOR_MOVED, "y.2", lineOf(A, "id: y.2"), lineOf(B, "id: y.2"));
        assertChange(Kind.METHOD_CHANGED, "x.1", lineOf(A, "id: x.1"), lineOf(B, "id: x.1"));
        assertChange(Kind.TARGET_CHANGED, "x.3", lineOf(A, "id: x.3"), lineOf(B, "id: x.3"));
        assertThat(kz.etalon.report.ChangeText.english(find(Kind.METHOD_CHANGED, "x.1"))).isEqualTo("indicator x.1 method yes_no -> share");
        assertThat(kz.etalon.report.ChangeText.english(find(Kind.TARGET_CHANGED, "x.3"))).isEqualTo("indicator x.3 target 50 -> 100");
    }

    @Test
    void areaGroupAndScoringChangesAreFoundWithTheirLines() {
        assertChange(Kind.AREA_MOVED, "y", lineOf(A, "id: main"), lineOf(B, "id: side"));
        assertChange(Kind.ROUNDING_CHANGED, "rounding", lineOf(A, "rounding:"), lineOf(B, "rounding:"));
        assertChange(Kind.MISSING_CHANGED, "missing", lineOf(A, "missing:"), lineOf(B, "missing:"));
        assertChange(Kind.BANDS_CHANGED, "bands", lineOf(A, "{min: 0,"), lineOf(B, "{min: 0,"));
        assertChange(Kind.FACTOR_CHANGED, "K2", lineOf(A, "factors:"), lineOf(B, "factors:"));
        assertChange(Kind.MAX_SCORE_CHANGED, "max_score", lineOf(A, "max_score"), lineOf(B, "max_score"));
        assertChange(Kind.TIE_BREAK_CHANGED, "tie_break", lineOf(A, "tie_break"), lineOf(B, "tie_break"));
        assertThat(kz.etalon.report.ChangeText.english(find(Kind.MISSING_CHANGED, "missing"))).isEqualTo("missing values zero -> exclude");
    }

    @Test
    void aChangedBandIsPlacedAtItsOwnLineNotAtTheBandTable(@TempDir Path other) {
        Standard a = TestStandards.standard(dir, "pair-a", A);
        String topBandRaised = A.replace("{min: 50, max: 100, points: 2}", "{min: 50, max: 100, points: 3}")
                .replace("max_score: 6", "max_score: 9");
        Standard b = TestStandards.standard(other, "pair-a", topBandRaised);

        Change bands = StandardDiff.between(a, b).stream().filter(c -> c.kind() == Kind.BANDS_CHANGED).findFirst()
                .orElseThrow();

        assertThat(bands.before().line()).isEqualTo(lineOf(A, "{min: 50,")).isNotEqualTo(lineOf(A, "bands:"));
        assertThat(bands.after().line()).isEqualTo(lineOf(topBandRaised, "{min: 50,"));
        assertThat(kz.etalon.report.ChangeText.english(bands)).isEqualTo("bands [0..49:1 50..100:2] -> [0..49:1 50..100:3]");
    }

    @Test
    void changesAreWordedInTheReadersLanguage() {
        kz.etalon.report.ChangeText ru = new kz.etalon.report.ChangeText(kz.etalon.i18n.Messages.of("ru"));
        kz.etalon.report.ChangeText kk = new kz.etalon.report.ChangeText(kz.etalon.i18n.Messages.of("kk"));

        assertThat(ru.describe(find(Kind.METHOD_CHANGED, "x.1"))).isEqualTo("индикатор x.1: метод да/нет -> доля");
        assertThat(kk.describe(find(Kind.METHOD_CHANGED, "x.1"))).isEqualTo("x.1 көрсеткіші: әдіс иә/жоқ -> үлес");
        assertThat(ru.describe(find(Kind.MISSING_CHANGED, "missing")))
                .isEqualTo("пропущенные значения: считать нулём -> не учитывать");
        assertThat(ru.describe(find(Kind.BANDS_CHANGED, "bands"))).isEqualTo(
                "диапазоны [0..49:1 50..100:2] -> [0..39,9:1 40..100:2]");
        assertThat(kk.describe(find(Kind.INDICATOR_RENAMED, "x.2")))
                .isEqualTo("x.2 көрсеткішінің атауы өзгерді: «Services online» -> «Share of services online»");
    }

    @Test
    void whatDidNotChangeIsNotReported() {
        assertThat(changes).extracting(Change::subject).doesNotContain("z.1", "z", "y.1", "main", "side", "K1");
        assertThat(changes).hasSize(13);
    }

    @Test
    void aStandardComparedWithItselfHasNoChange(@TempDir Path other) {
        Standard a = TestStandards.standard(dir, "pair-a", A);
        assertThat(StandardDiff.between(a, TestStandards.standard(other, "pair-a", A))).isEmpty();
    }

    private void assertChange(Kind kind, String subject, int lineBefore, int lineAfter) {
        Change change = find(kind, subject);
        assertThat(change.before().line()).as(kind + " " + subject + " before").isEqualTo(lineBefore);
        assertThat(change.after().line()).as(kind + " " + subject + " after").isEqualTo(lineAfter);
    }

    private Change find(Kind kind, String subject) {
        return changes.stream().filter(c -> c.kind() == kind && c.subject().equals(subject)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " of " + subject + " in " + changes));
    }
}
