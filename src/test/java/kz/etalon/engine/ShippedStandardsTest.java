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
import kz.etalon.report.CsvReport;
import kz.etalon.report.JsonReport;
import org.junit.jupiter.api.Test;
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

    /** kz-2026 was written in etalon/v1 until it moved to v2; the v1 text is kept in the test resources. */
    @Test
    void kz2026WrittenInV2GivesEveryFigureAndJsonKeyItGaveInV1() {
        Standard v2 = StandardReader.readOrThrow(Path.of("standards", "kz-2026.yaml"));
        Standard v1 = StandardReader.readOrThrow(Path.of("src", "test", "resources", "kz-2026-as-v1.yaml"));

        Evaluation fromV2 = evaluate(v2, "kz-2019-cities.csv");
        Evaluation fromV1 = evaluate(v1, "kz-2019-cities.csv");

        assertThat(v2.groupsAndAreas()).isTrue();
        assertThat(v2.groups()).extracting(g -> g.id() + " " + g.factor() + " " + g.areaIds())
                .containsExactly("priority K2 [gov, sec, trn, soc, hcs]", "additional K1 [env, ebz]",
                        "infrastructure K2 [inf]");
        assertThat(v2.areas()).extracting(a -> a.id() + " " + a.indicators().size())
                .containsExactly("gov 10", "sec 9", "trn 9", "soc 27", "env 7", "hcs 9", "ebz 14", "inf 16");
        assertThat(v2.scoring().maxScore()).isEqualByComparingTo("25");
        assertThat(JsonReport.render(fromV2)).isEqualTo(JsonReport.render(fromV1));
        assertThat(CsvReport.render(fromV2)).isEqualTo(CsvReport.render(fromV1));
        // figures checked by hand once: Uralsk 3 x 2 + 1 x 1 + 5 x 2 = 17 points of 25 = 0.68, first
        assertThat(fromV2.cities().get(0).city()).isEqualTo("Uralsk");
        assertThat(fromV2.cities().get(0).points()).isEqualByComparingTo("17");
    }

    private static Evaluation evaluate(Standard standard, String cities) {
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(CityCsvReader.read(Path.of("data", cities), problems).orElseThrow(),
                standard, rules::inputOf, problems);
        problems.throwIfErrors();
        return new Evaluator(standard, rules).evaluate(data);
    }
}
