package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled kz-2019 data reproduces what the paper publishes (reference/standard-facts.md). */
class PaperFiguresTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluateTheBundledData() {
        Standard standard = StandardReader.readOrThrow(Path.of("standards/kz-2019.yaml"));
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(CityCsvReader.read(Path.of("data/kz-2019-cities.csv"), problems).orElseThrow(),
                standard, rules::inputOf, problems);
        problems.throwIfErrors();
        evaluation = new Evaluator(standard, rules).evaluate(data);
    }

    @Test
    void theStandardHas101IndicatorsIn12AreasAndThreeGroups() {
        Standard standard = evaluation.standard();
        assertThat(standard.indicators().count()).isEqualTo(101);
        assertThat(standard.areas()).hasSize(12);
        assertThat(standard.groups()).extracting(g -> g.id()).containsExactly("priority", "additional", "ict");
        assertThat(evaluation.cities()).hasSize(17);
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            "Nur-Sultan, edu, 100", "Nur-Sultan, hlt, 67.0", "Nur-Sultan, its, 63.7", "Nur-Sultan, hcs, 49.6",
            "Almaty, edu, 100", "Almaty, ctm, 95.4", "Almaty, hlt, 77.7", "Almaty, scy, 76.0", "Almaty, its, 51.9",
            "Almaty, hcs, 2.2", "Almaty, btd, 29.6",
            "Uralsk, edu, 100", "Uralsk, ctm, 88.8", "Uralsk, hlt, 59.6", "Uralsk, scy, 53.7", "Uralsk, its, 44.5",
            "Uralsk, bld, 100",
            "Aktau, scy, 7.9", "Aktau, hcs, 12.6", "Aktau, its, 22.2",
            "Kokshetau, hcs, 0", "Kokshetau, scy, 26.2", "Kokshetau, hlt, 34.8",
            "Aktobe, scy, 33.4", "Aktobe, its, 41.5", "Aktobe, bld, 0",
            "Turkestan, btd, 9"})
    void eachPublishedAreaFigureComesOutWithinATenth(String city, String area, double published) {
        assertThat(area(city, area).average().doubleValue()).isCloseTo(published, within(0.1));
    }

    @ParameterizedTest(name = "national {0} = {1}")
    @CsvSource({"edu, 98.4", "ctm, 75.7", "hlt, 66.5", "hcs, 21.9", "btd, 17.2"})
    void eachPublishedNationalAverageComesOutWithinATenth(String area, double published) {
        double mean = evaluation.cities().stream().mapToDouble(c -> c.area(area).orElseThrow().average().doubleValue())
                .average().orElseThrow();
        assertThat(mean).isCloseTo(published, within(0.1));
    }

    @Test
    void thePublishedPlacesComeOut() {
        Map<String, Integer> places = Map.of("Nur-Sultan", 1, "Almaty", 2, "Uralsk", 3, "Aktobe", 15, "Kokshetau", 16,
                "Aktau", 17);
        places.forEach((city, place) -> assertThat(evaluation.city(city).orElseThrow().rank()).as(city).isEqualTo(place));
    }

    @Test
    void theTopThreeShareTheirPointsAndOnlyTheIndexSeparatesThem() {
        List<CityResult> top = evaluation.cities().subList(0, 3);
        assertThat(top).extracting(CityResult::points).allMatch(p -> p.compareTo(top.get(0).points()) == 0);
        assertThat(top.get(0).index()).isGreaterThan(top.get(1).index());
        assertThat(top.get(1).index()).isGreaterThan(top.get(2).index());
        // the published "61%" of all three is not points / 25, which moves in steps of 4 %
        assertThat(top.get(0).score().multiply(BigDecimal.valueOf(25)).remainder(BigDecimal.ONE)).isZero();
    }

    @Test
    void businessAndTourismIsHighestInAlmatyAndLowestInTurkestan() {
        List<String> byBtd = evaluation.cities().stream()
                .sorted((a, b) -> area(b.city(), "btd").average().compareTo(area(a.city(), "btd").average()))
                .map(CityResult::city).toList();
        assertThat(byBtd.get(0)).isEqualTo("Almaty");
        assertThat(byBtd.get(byBtd.size() - 1)).isEqualTo("Turkestan");
    }

    private static AreaResult area(String city, String area) {
        return evaluation.city(city).orElseThrow().area(area).orElseThrow();
    }
}
