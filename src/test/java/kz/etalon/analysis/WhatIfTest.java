package kz.etalon.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import kz.etalon.city.CityData;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.RuleBook;
import kz.etalon.engine.TestStandards;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * X starts at 3 points: group g (x2) = mean(a = 10, b = 25) = 17.5 -> 1 point, group h (x1) = 0 -> 1
 * point. Improving gains g: a.1 +25, a.2 +20, b.1 +17.5, b.2 +20; h: c.1 +100. Band 2 needs 49.5.
 */
class WhatIfTest {

    static final String STANDARD = """
            schema: etalon/v1
            id: whatif
            year: 2030
            title: {en: What if}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 0}
              missing: zero
              bands:
                - {min: 0, max: 49, points: 1}
                - {min: 50, max: 100, points: 2}
              factors: {K1: 1, K2: 2}
              max_score: 6
            groups:
              - {id: g, factor: K2, name: {en: G}, areas: [a, b]}
              - {id: h, factor: K1, name: {en: H}, areas: [c]}
            areas:
              - {id: a, name: {en: A}, indicators: [{id: a.1, method: yes_no, name: {en: a1}}, {id: a.2, method: share, name: {en: a2}}]}
              - {id: b, name: {en: B}, indicators: [{id: b.1, method: share, name: {en: b1}}, {id: b.2, method: target, target: 10, name: {en: b2}}]}
              - {id: c, name: {en: C}, indicators: [{id: c.1, method: yes_no, name: {en: c1}}]}
            """;

    static final String CITIES = """
            city,indicator,value
            X,a.1,no
            X,a.2,20
            X,b.1,30
            X,b.2,2
            X,c.1,no
            Y,a.1,yes
            Y,a.2,100
            Y,b.1,100
            Y,b.2,10
            Y,c.1,yes
            """;

    @TempDir
    Path dir;

    private Evaluator evaluator;
    private RuleBook rules;
    private Evaluation baseline;
    private CityData data;

    @BeforeEach
    void evaluate() {
        Standard standard = TestStandards.standard(dir, "whatif", STANDARD);
        rules = TestStandards.PROJECT_RULES.forStandard(standard);
        data = new Scorer(TestStandards.PROJECT_RULES).fit(standard, TestStandards.cityFile(dir, "cities.csv", CITIES)).data();
        evaluator = new Evaluator(standard, rules);
        baseline = evaluator.evaluate(data);
    }

    @Test
    void whenTheGoalIsTheNextPoint_thenOneYesInTheCheapestGroupIsEnough() {
        WhatIfPlan plan = plan("next-points", Map.of());

        assertThat(plan.reached()).isTrue();
        assertThat(plan.optimal()).isTrue();
        assertThat(plan.steps()).extracting(step -> step.improvement().indicator()).containsExactly("c.1");
        assertThat(plan.steps().get(0).points()).isEqualByComparingTo("4");
    }

    @Test
    void whenTheGoalIsTheFullScore_thenTheThreeLargestGainsThatCrossBothBandsAreChosen() {
        WhatIfPlan plan = plan("score:100%", Map.of());

        // g needs +32: a.1 (25) alone is short, a.1 + a.2 (45) crosses; h needs c.1
        assertThat(plan.steps()).extracting(step -> step.improvement().indicator()).containsExactly("c.1", "a.1", "a.2");
        assertThat(plan.steps()).extracting(step -> step.points().intValue()).containsExactly(4, 4, 6);
        assertThat(plan.steps().get(2).score()).isEqualByComparingTo("1");
        // Y has every indicator at its best: same points, higher index
        assertThat(plan.steps().get(2).rank()).isEqualTo(2);
    }

    @Test
    void whenCostsAreGiven_thenTheCheapestSetWinsOverTheShortest() {
        Map<String, BigDecimal> costs = Map.of("a.1", BigDecimal.ONE, "a.2", BigDecimal.ONE, "b.1", BigDecimal.valueOf(3),
                "b.2", BigDecimal.valueOf(3), "c.1", BigDecimal.TEN);

        WhatIfPlan plan = plan("next-points", costs);

        assertThat(plan.steps()).extracting(step -> step.improvement().indicator()).containsExactlyInAnyOrder("a.1", "a.2");
        assertThat(plan.totalCost()).isEqualByComparingTo("2");
        assertThat(plan.steps().get(1).points()).isEqualByComparingTo("5");
    }

    @Test
    void whenAGoalIsOutOfReach_thenThePlanSaysSo() {
        WhatIfPlan plan = plan("rank:1", Map.of("a.2", BigDecimal.ONE));

        assertThat(plan.reached()).isFalse();
    }

    @Test
    void theMostEffectiveAreasRankPointsGainedPerImprovement() {
        WhatIfPlan plan = plan("next-points", Map.of());

        // a (25 + 20) and b (20 + 17.5) each earn g's second point (x2) with two improvements, c h's (x1) with
        // one: 1 point per improvement each, the larger gain first
        assertThat(plan.areas()).extracting(WhatIfPlan.AreaEffect::area).containsExactly("a", "b", "c");
        assertThat(plan.areas().get(0).pointsGained()).isEqualByComparingTo("2");
        assertThat(plan.areas().get(0).improvements()).isEqualTo(2);
    }

    private WhatIfPlan plan(String goal, Map<String, BigDecimal> costs) {
        return WhatIf.plan(evaluator, rules::inputOf, baseline, data.city("X").orElseThrow(), Goal.parse(goal).orElseThrow(), costs);
    }
}
