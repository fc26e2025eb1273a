package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every shipped standard evaluates its data with the common rules: no Java knows any of them. */
class ShippedStandardsTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"kz-2018, kz-2018-cities.csv, 80", "kz-2019, kz-2019-cities.csv, 101", "kz-2026, kz-2019-cities.csv, 101"})
    void eachShippedStandardEvaluatesTheSeventeenCitiesWithoutAWarning(String id, String cities, int indicators) {
        Standard standard = StandardReader.readOrThrow(Path.of("standards", id + ".yaml"));
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(CityCsvReader.read(Path.of("data", cities), problems).orElseThrow(),
                standard, rules::inputOf, problems);
        problems.throwIfErrors();

        Evaluation evaluation = new Evaluator(standard, rules).evaluate(data);

        assertThat(standard.indicators().count()).isEqualTo(indicators);
        assertThat(evaluation.cities()).hasSize(17);
        assertThat(evaluation.warnings()).isEmpty();
        assertThat(evaluation.cities().get(0).rank()).isEqualTo(1);
    }
}
