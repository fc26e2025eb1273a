package kz.etalon.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.TestStandards;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FragilityTest {

    static final String STANDARD = """
            schema: etalon/v1
            id: fragile
            year: 2030
            title: {en: Fragile}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 0}
              missing: zero
              bands:
                - {min: 0, max: 49, points: 1}
                - {min: 50, max: 100, points: 2}
              factors: {K1: 1}
              max_score: 2
            groups:
              - {id: g, factor: K1, name: {en: G}, areas: [a]}
            areas:
              - {id: a, name: {en: A}, indicators: [{id: a.1, method: share, name: {en: a1}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void whenGroupAveragesSitNearTheEdge_thenExactlyThoseWithinEpsAreFlagged() {
        Standard standard = TestStandards.standard(dir, "fragile", STANDARD);
        var data = new Scorer(TestStandards.PROJECT_RULES).fit(standard, TestStandards.cityFile(dir, "c.csv", """
                city,indicator,value
                Below,a.1,49
                Above,a.1,50.4
                Far,a.1,48
                Top,a.1,80
                """)).data();
        Evaluation evaluation = new Evaluator(standard, TestStandards.PROJECT_RULES.forStandard(standard)).evaluate(data);

        List<Fragility.FragileGroup> flagged = Fragility.find(evaluation, TestStandards.PROJECT_RULES.forStandard(standard), BigDecimal.ONE);

        // the edge between 0..49 and 50..100 is 49.5: Below is 0.5 under it, Above 0.9 over it, Far 1.5 under
        assertThat(flagged).extracting(Fragility.FragileGroup::city).containsExactly("Below", "Above");
        Fragility.FragileGroup below = flagged.get(0);
        assertThat(below.edge()).isEqualByComparingTo("49.5");
        assertThat(below.pointsIfCrossed()).isEqualTo(2);
        assertThat(below.rank()).isEqualTo(3);
        // crossing ties it with Above and Top on points, and its index (49) still ranks it third
        assertThat(below.rankIfCrossed()).isEqualTo(3);
        assertThat(below.totalIfCrossed()).isEqualByComparingTo("2");
        assertThat(flagged.get(1).pointsIfCrossed()).isEqualTo(1);
        assertThat(Fragility.find(evaluation, TestStandards.PROJECT_RULES.forStandard(standard), new BigDecimal("1.5"))).extracting(Fragility.FragileGroup::city)
                .containsExactly("Below", "Above", "Far");
    }

    @Test
    void underFloorRoundingTheEdgesOfKz2019AreTheBandMinimaNotTheHalfUpMidpoints() throws java.io.IOException {
        String yaml = java.nio.file.Files.readString(Path.of("standards/kz-2019.yaml"))
                .replace("rounding: {mode: half_up, decimals: 0}", "rounding: {mode: floor, decimals: 0}");
        Standard floor = TestStandards.standard(dir, "kz-2019", yaml);
        assertThat(floor.scoring().rounding().mode()).isEqualTo(java.math.RoundingMode.FLOOR);
        var rules = TestStandards.PROJECT_RULES.forStandard(floor);
        var data = new Scorer(TestStandards.PROJECT_RULES).fit(floor, TestStandards.cityFile(dir, "c.csv",
                java.nio.file.Files.readString(Path.of("data/kz-2019-cities.csv")))).data();
        Evaluation evaluation = new Evaluator(floor, rules).evaluate(data);

        List<Fragility.FragileGroup> withinTwo = Fragility.find(evaluation, rules, BigDecimal.valueOf(2));
        List<Fragility.FragileGroup> withinOne = Fragility.find(evaluation, rules, BigDecimal.ONE);

        // Karaganda's ict 59.60 floors to 59 (41..60, 3 points) until 61; Aktau's priority 39.82 to 39 until 41
        assertThat(withinTwo).filteredOn(f -> f.city().equals("Karaganda") && f.group().equals("ict"))
                .singleElement().satisfies(f -> {
                    assertThat(f.edge()).isEqualByComparingTo("61");
                    assertThat(f.pointsIfCrossed()).isEqualTo(4);
                });
        assertThat(withinTwo).filteredOn(f -> f.city().equals("Aktau") && f.group().equals("priority"))
                .singleElement().satisfies(f -> assertThat(f.edge()).isEqualByComparingTo("41"));
        // every edge under floor rounding to whole numbers is a band's minimum: 21, 41, 61 or 81
        assertThat(withinTwo).extracting(f -> f.edge().stripTrailingZeros().toPlainString())
                .isNotEmpty().allMatch(edge -> List.of("21", "41", "61", "81").contains(edge));
        assertThat(withinOne).noneMatch(f -> f.city().equals("Karaganda") || f.city().equals("Aktau"));
    }
}
