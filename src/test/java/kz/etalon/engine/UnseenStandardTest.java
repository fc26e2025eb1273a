package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard unlike kz-2019 in every respect the schema allows (one-decimal bands, four groups,
 * other factor names and values, missing values excluded, an extra area), written to a folder the
 * project has never seen: it evaluates with no code change, to figures computed by hand.
 */
class UnseenStandardTest {

    static final String STANDARD = """
            schema: etalon/v1
            id: unseen-2031
            year: 2031
            title: {en: A standard the project never saw}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 1}
              missing: exclude
              bands:
                - {min: 0, max: 33.3, points: 0}
                - {min: 33.4, max: 66.6, points: 1}
                - {min: 66.7, max: 100, points: 3}
              factors: {Alpha: 1.5, Beta: 1, Gamma: 0.5}
              max_score: 12
            ranking:
              tie_break: [index]
            groups:
              - {id: g1, factor: Alpha, name: {en: One}, areas: [a1, a2]}
              - {id: g2, factor: Beta, name: {en: Two}, areas: [b1]}
              - {id: g3, factor: Beta, name: {en: Three}, areas: [c1]}
              - {id: g4, factor: Gamma, name: {en: Four}, areas: [d1]}
            areas:
              - {id: a1, name: {en: A1}, indicators: [{id: a1.x, method: yes_no, name: {en: x}}, {id: a1.y, method: share, name: {en: y}}]}
              - {id: a2, name: {en: A2}, indicators: [{id: a2.x, method: target, target: 50, name: {en: x}}]}
              - {id: b1, name: {en: B1}, indicators: [{id: b1.x, method: target, target: 20, better: lower, name: {en: x}}]}
              - {id: c1, name: {en: C1}, indicators: [{id: c1.x, method: share, name: {en: x}}, {id: c1.y, method: share, name: {en: y}}]}
              - {id: d1, name: {en: D1}, indicators: [{id: d1.x, method: yes_no, name: {en: x}}]}
            """;

    static final String CITIES = """
            city,indicator,value
            P,a1.x,yes
            P,a1.y,40
            P,a2.x,20
            P,b1.x,25
            P,c1.x,33.3
            P,c1.y,
            P,d1.x,no
            Q,a1.x,no
            Q,b1.x,10
            Q,c1.x,66.65
            Q,c1.y,66.7
            Q,d1.x,yes
            R,b1.x,20
            R,c1.x,66.6
            R,c1.y,66.6
            R,d1.x,yes
            S,b1.x,20
            S,c1.x,66.6
            S,c1.y,66.6
            S,d1.x,да
            """;

    @TempDir
    Path dir;

    @Test
    void whenAStandardOfAnotherShapeIsLoaded_thenItScoresAsComputedByHand() {
        Standard standard = TestStandards.standard(dir, "unseen-2031", STANDARD);
        Evaluation evaluation = new Evaluator(standard, TestStandards.PROJECT_RULES.forStandard(standard))
                .evaluate(TestStandards.cities(dir, standard, CITIES));

        // P: g1 = mean(a1 = 70, a2 = 40) = 55 -> 1 x 1.5; g2 = 80 -> 3; g3 = 33.3 (c1.y left out) -> 0; g4 = 0 -> 0
        CityResult p = evaluation.city("P").orElseThrow();
        assertThat(p.points()).isEqualByComparingTo("4.5");
        assertThat(p.score().doubleValue()).isCloseTo(0.375, within(1e-12));
        assertThat(p.index().doubleValue()).isCloseTo(48.95, within(1e-12));
        assertThat(p.group("g3").orElseThrow().points()).isZero();

        // Q: g1 = a1 alone (0; a1.y and a2 missing) -> 0; g2 = 100 -> 3; g3 = 66.675 -> 66.7 -> 3; g4 = 100 -> 3 x 0.5
        CityResult q = evaluation.city("Q").orElseThrow();
        assertThat(q.group("g3").orElseThrow().rounded()).isEqualByComparingTo("66.7");
        assertThat(q.points()).isEqualByComparingTo("7.5");
        assertThat(q.index().doubleValue()).isCloseTo(54.16875, within(1e-12));
        assertThat(q.area("a2").orElseThrow().average()).isNull();

        // R and S: no value in g1 at all -> 0 and a warning; g2 = 100 -> 3; g3 = 66.6 -> 1; g4 -> 1.5
        CityResult r = evaluation.city("R").orElseThrow();
        assertThat(r.points()).isEqualByComparingTo("5.5");
        assertThat(r.index().doubleValue()).isCloseTo(54.15, within(1e-12));

        assertThat(evaluation.cities()).extracting(CityResult::city).containsExactly("Q", "R", "S", "P");
        assertThat(evaluation.cities()).extracting(CityResult::rank).containsExactly(1, 2, 2, 4);
        assertThat(evaluation.warnings()).contains("R: group g1 has no scored area; it scores 0 (the lowest band)",
                "P: c1.y has no value; left out of its area's average (missing: exclude)");
    }

    @Test
    void whenTwoStandardsShareTheirRules_thenTheyShareOneRuleBook() {
        Standard unseen = TestStandards.standard(dir, "unseen-2031", STANDARD);
        Standard shipped = kz.etalon.standard.StandardReader.readOrThrow(Path.of("standards/kz-2019.yaml"));

        assertThat(TestStandards.PROJECT_RULES.forStandard(unseen))
                .isSameAs(new RuleBooks(Path.of("rules")).forStandard(shipped));
    }
}
