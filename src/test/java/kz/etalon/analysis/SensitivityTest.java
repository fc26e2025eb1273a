package kz.etalon.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.city.CityData;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.RuleBook;
import kz.etalon.engine.TestStandards;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.MissingPolicy;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SensitivityTest {

    private Standard standard;
    private RuleBook rules;
    private CityData data;
    private Evaluation evaluated;

    @BeforeEach
    void evaluateKz2019() {
        standard = StandardReader.readOrThrow(Path.of("standards/kz-2019.yaml"));
        rules = TestStandards.PROJECT_RULES.forStandard(standard);
        var problems = new kz.etalon.problem.Problems();
        data = new Scorer(TestStandards.PROJECT_RULES).fit(standard,
                kz.etalon.city.CityCsvReader.read(Path.of("data/kz-2019-cities.csv"), problems).orElseThrow()).data();
        evaluated = new Evaluator(standard, rules).evaluate(data);
    }

    @Test
    void withNoUncertainty_thenEveryCityKeepsItsEvaluatedRankWithProbabilityOne() {
        List<Sensitivity.CityRanks> ranks = run(new Uncertainty(BigDecimal.ZERO, List.of(), List.of(), Map.of()), 10, 7);

        assertThat(ranks).hasSize(17).allSatisfy(city -> {
            assertThat(city.probabilityOfEvaluatedRank()).isEqualTo(1.0);
            assertThat(city.median()).isEqualTo(city.evaluatedRank());
            assertThat(city.p5()).isEqualTo(city.evaluatedRank());
            assertThat(city.p95()).isEqualTo(city.evaluatedRank());
        });
    }

    @Test
    void withTheSameSeed_thenTheFiguresAreTheSame() {
        Uncertainty noisy = new Uncertainty(BigDecimal.TEN, List.of(RoundingMode.HALF_UP, RoundingMode.FLOOR),
                List.of(MissingPolicy.ZERO, MissingPolicy.EXCLUDE), Map.of("K2", List.of(BigDecimal.ONE, BigDecimal.valueOf(3))));

        List<Sensitivity.CityRanks> first = run(noisy, 24, 11);

        assertThat(run(noisy, 24, 11)).isEqualTo(first);
        assertThat(first).anySatisfy(city -> assertThat(city.probabilityOfEvaluatedRank()).isLessThan(1.0));
        assertThat(first).allSatisfy(city -> assertThat(city.probabilities().values().stream().mapToDouble(Double::doubleValue)
                .sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void percentilesUseTheNearestRank() {
        int[] sorted = {1, 1, 2, 2, 2, 3, 3, 4, 5, 9};
        assertThat(Sensitivity.percentile(sorted, 50)).isEqualTo(2);
        assertThat(Sensitivity.percentile(sorted, 5)).isEqualTo(1);
        assertThat(Sensitivity.percentile(sorted, 95)).isEqualTo(9);
    }

    private List<Sensitivity.CityRanks> run(Uncertainty uncertainty, int runs, long seed) {
        return Sensitivity.run(standard, rules, data, evaluated, uncertainty, runs, seed, run -> { });
    }
}
