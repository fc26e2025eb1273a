package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression for the first bug the reference scorer found (seed 20240244): one exact group average
 * reached by two paths. P's area x is 25/6 (4.1666..., 49 decimals in a 50-digit quotient) and Q's is
 * 550/6 (91.666..., 48 decimals); with y both groups average exactly 275/6, but the quotients differed
 * in the 50th digit, and P ranked above Q instead of sharing rank 1.
 */
class ExactTiesTest {

    private static final String STANDARD = """
            schema: etalon/v1
            id: ties
            year: 2024
            title: {en: Ties}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 0}
              missing: zero
              bands:
                - {min: 0, max: 50, points: 1}
                - {min: 51, max: 100, points: 2}
              factors: {K1: 1}
              max_score: 2
            ranking:
              tie_break: [index, g]
            groups:
              - {id: g, factor: K1, name: {en: G}, areas: [x, y]}
            areas:
              - id: x
                name: {en: X}
                indicators:
                  - {id: x.1, method: share, name: {en: x1}}
                  - {id: x.2, method: share, name: {en: x2}}
                  - {id: x.3, method: share, name: {en: x3}}
                  - {id: x.4, method: share, name: {en: x4}}
                  - {id: x.5, method: share, name: {en: x5}}
                  - {id: x.6, method: share, name: {en: x6}}
              - {id: y, name: {en: Y}, indicators: [{id: y.1, method: share, name: {en: y1}}]}
            """;

    private static final String CITIES = """
            city,x.1,x.2,x.3,x.4,x.5,x.6,y.1
            P,25,0,0,0,0,0,87.5
            Q,100,100,100,100,100,50,0
            R,100,100,100,100,100,100,0
            """;

    @TempDir
    Path dir;

    @Test
    void whenTwoCitiesReachTheSameExactAverageByDifferentPaths_thenTheyCompareEqualAndShareARank() {
        Standard standard = TestStandards.standard(dir, "ties", STANDARD);
        Evaluation evaluation = new Evaluator(standard, TestStandards.PROJECT_RULES.forStandard(standard))
                .evaluate(TestStandards.cities(dir, standard, CITIES));

        CityResult p = evaluation.city("P").orElseThrow();
        CityResult q = evaluation.city("Q").orElseThrow();
        assertThat(p.group("g").orElseThrow().average()).isEqualByComparingTo(q.group("g").orElseThrow().average());
        assertThat(p.index()).isEqualByComparingTo(q.index());
        assertThat(evaluation.cities()).extracting(CityResult::city, CityResult::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R", 1), org.assertj.core.groups.Tuple.tuple("P", 2),
                        org.assertj.core.groups.Tuple.tuple("Q", 2));
    }
}
