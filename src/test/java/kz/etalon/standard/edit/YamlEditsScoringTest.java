package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Band bounds and factors, in the bundled standards' flow style and in block style. */
class YamlEditsScoringTest {

    @TempDir
    Path dir;

    private final String kz2019 = Trees.bundled("kz-2019");

    @Test
    void aBandsBoundsChangeInItsFlowMappingAndTheNeighbourFollows() {
        String moved = YamlEdits.setBand(kz2019, 1, null, "25");
        String after = YamlEdits.setBand(moved, 2, "26", "40");

        assertThat(Trees.changedLines(kz2019, after)).containsExactly(
                "-     - {min: 0,  max: 20,  points: 1}", "-     - {min: 21, max: 40,  points: 2}",
                "+     - {min: 0,  max: 25,  points: 1}", "+     - {min: 26, max: 40,  points: 2}");
        Trees.assertTreeChange(kz2019, after, t -> {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> bands = (List<Map<String, Object>>) (Object) Trees.list(Trees.map(t, "scoring"), "bands");
            bands.get(0).put("max", 25);
            bands.get(1).put("min", 26);
        });
        assertThat(Trees.validated(dir, "kz-2019", after).scoring().bands().get(0).max())
                .isEqualByComparingTo(new BigDecimal(25));
    }

    @Test
    void aFactorChangesInItsFlowMapping() {
        String after = YamlEdits.setFactor(kz2019, "K2", "3");

        assertThat(Trees.changedLines(kz2019, after)).containsExactly("-   factors: {K1: 1, K2: 2}", "+   factors: {K1: 1, K2: 3}");
        Trees.assertTreeChange(kz2019, after, t -> Trees.map(Trees.map(t, "scoring"), "factors").put("K2", 3));
    }

    @Test
    void blockStyleBandsAndFactorsChangeInPlaceKeepingTheirComments() {
        String block = Trees.block();
        String after = YamlEdits.setFactor(YamlEdits.setBand(block, 1, "0", "49"), "K1", "1.5");

        assertThat(after).contains("    - min: 0    # lowest\n      max: 49\n      points: 1\n");
        assertThat(after).contains("    K1: 1.5   # additional\n");
        assertThat(Trees.comments(after)).isEqualTo(Trees.comments(block));
        Trees.assertTreeChange(block, after, t -> {
            ((Map<String, Object>) Trees.list(Trees.map(t, "scoring"), "bands").get(0)).put("max", 49);
            Trees.map(Trees.map(t, "scoring"), "factors").put("K1", 1.5);
        });
    }

    @Test
    void unknownPointsNameTheBandsPointsWithTheLineOfBands() {
        assertThatThrownBy(() -> YamlEdits.setBand(kz2019, 7, "1", "2"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line())
                        .isEqualTo(YamlEditsIndicatorTest.lineOf(kz2019, "  bands:")))
                .hasMessageContaining("no band gives 7 points; bands give 1, 2, 3, 4, 5 points");
        assertThatThrownBy(() -> YamlEdits.setBand(kz2019, 7, null, null)).isInstanceOf(InputException.class);
    }

    @Test
    void anUnknownFactorNamesTheKnownOnes() {
        assertThatThrownBy(() -> YamlEdits.setFactor(kz2019, "K3", "1"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems().get(0).where().line())
                        .isEqualTo(YamlEditsIndicatorTest.lineOf(kz2019, "  factors:")))
                .hasMessageContaining("known factors: K1, K2");
    }

    @Test
    void boundsAndFactorsMustBeNumbers() {
        assertThatThrownBy(() -> YamlEdits.setBand(kz2019, 1, "zero", null))
                .isInstanceOf(InputException.class).hasMessageContaining("`min` should be a number");
        assertThatThrownBy(() -> YamlEdits.setFactor(kz2019, "K1", "two"))
                .isInstanceOf(InputException.class).hasMessageContaining("`factor K1` should be a number");
        assertThatThrownBy(() -> YamlEdits.setFactor(kz2019, "K1", null)).isInstanceOf(InputException.class);
    }
}
