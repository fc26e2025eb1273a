package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.etalon.standard.edit.LineDiff.Kind;
import kz.etalon.standard.edit.LineDiff.Row;
import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void equalTextsAreAllSameRowsNumberedFromOne() {
        assertThat(LineDiff.of("a\nb\n", "a\nb\n")).containsExactly(
                new Row(Kind.SAME, 1, "a", 1, "a"), new Row(Kind.SAME, 2, "b", 2, "b"));
    }

    @Test
    void aLineReplacedByAnotherIsOneChangedRow() {
        assertThat(LineDiff.of("id: x\nyear: 2019\ntitle: t\n", "id: x\nyear: 2020\ntitle: t\n")).containsExactly(
                new Row(Kind.SAME, 1, "id: x", 1, "id: x"),
                new Row(Kind.CHANGED, 2, "year: 2019", 2, "year: 2020"),
                new Row(Kind.SAME, 3, "title: t", 3, "title: t"));
    }

    @Test
    void insertedAndDeletedLinesHaveNoLineOnTheOtherSide() {
        assertThat(LineDiff.of("a\nb\nc", "a\nc\nd")).containsExactly(
                new Row(Kind.SAME, 1, "a", 1, "a"),
                new Row(Kind.ONLY_LEFT, 2, "b", 0, ""),
                new Row(Kind.SAME, 3, "c", 2, "c"),
                new Row(Kind.ONLY_RIGHT, 0, "", 3, "d"));
    }

    @Test
    void moreDeletedThanInsertedPairsTheFirstAndLeavesTheRest() {
        assertThat(LineDiff.of("a\nx\ny\nb", "a\nz\nb")).containsExactly(
                new Row(Kind.SAME, 1, "a", 1, "a"),
                new Row(Kind.CHANGED, 2, "x", 2, "z"),
                new Row(Kind.ONLY_LEFT, 3, "y", 0, ""),
                new Row(Kind.SAME, 4, "b", 3, "b"));
    }

    @Test
    void emptyAndMissingTextsAreNoLines() {
        assertThat(LineDiff.of("", null)).isEmpty();
        assertThat(LineDiff.of(null, "a")).containsExactly(new Row(Kind.ONLY_RIGHT, 0, "", 1, "a"));
    }

    @Test
    void randomEditsGiveRowsThatRebuildBothSidesWithTheFewestDifferingLines() {
        Random random = new Random(12);
        for (int round = 0; round < 300; round++) {
            List<String> left = randomLines(random, random.nextInt(30));
            List<String> right = new ArrayList<>(left);
            for (int edit = random.nextInt(8); edit > 0; edit--) {
                int at = right.isEmpty() ? 0 : random.nextInt(right.size());
                switch (random.nextInt(3)) {
                    case 0 -> right.add(at, "n" + random.nextInt(4));
                    case 1 -> { if (!right.isEmpty()) right.remove(at); }
                    default -> { if (!right.isEmpty()) right.set(at, "c" + random.nextInt(4)); }
                }
            }
            List<Row> rows = LineDiff.of(String.join("\n", left), String.join("\n", right));

            assertThat(rows.stream().filter(r -> r.leftLine() > 0).map(Row::left).toList()).isEqualTo(left);
            assertThat(rows.stream().filter(r -> r.rightLine() > 0).map(Row::right).toList()).isEqualTo(right);
            long same = rows.stream().filter(r -> r.kind() == Kind.SAME).count();
            assertThat(same).isEqualTo(lcs(left, right));
            assertThat(rows).allSatisfy(r -> {
                if (r.kind() == Kind.SAME) {
                    assertThat(r.left()).isEqualTo(r.right());
                }
            });
        }
    }

    @Test
    void aStandardAgainstItsEditedSelfShowsOnlyTheEdit() {
        String before = Trees.bundled("kz-2019");
        String after = YamlEdits.removeIndicator(YamlEdits.setTop(before, "year", "2020"), "ctm.05");

        List<Row> differing = LineDiff.of(before, after).stream().filter(r -> r.kind() != Kind.SAME).toList();
        assertThat(differing).extracting(Row::kind).containsExactly(Kind.CHANGED, Kind.ONLY_LEFT);
        assertThat(differing.get(0).right()).isEqualTo("year: 2020");
        assertThat(differing.get(1).left()).contains("id: ctm.05");
    }

    private static List<String> randomLines(Random random, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("l" + random.nextInt(6));
        }
        return lines;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
