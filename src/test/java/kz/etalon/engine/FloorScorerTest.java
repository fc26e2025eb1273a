package kz.etalon.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The benchmarks' floor scorer is a fair yardstick only if it does the same work as the rules: on the
 * bundled cities, and on cities generated from them as the benchmarks generate them, it must give
 * every group's band points, the total, the score and the index the engine gives.
 */
class FloorScorerTest {

    private static final double CLOSE = 1e-9;

    @ParameterizedTest
    @ValueSource(strings = {"kz-2018", "kz-2019"})
    void scoresTheBundledAndGeneratedCitiesAsTheEngineDoes(String standardId) {
        Standard standard = StandardReader.readOrThrow(Path.of("standards", standardId + ".yaml"));
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        Problems problems = new Problems();
        CityData bundled = CityDataChecker.check(CityCsvReader.read(Path.of("data", standardId + "-cities.csv"), problems)
                .orElseThrow(), standard, rules::inputOf, problems);
        problems.throwIfErrors();
        Evaluator evaluator = new Evaluator(standard, rules);
        FloorScorer floor = new FloorScorer(standard);
        List<City> cities = new ArrayList<>(bundled.cities());
        cities.addAll(EngineBenchmark.generated(bundled, 200));

        for (City city : cities) {
            CityResult engine = evaluator.score(city);
            FloorScorer.Score plain = floor.score(floor.values(city));
            assertArrayEquals(engine.groups().stream().mapToInt(GroupResult::points).toArray(), plain.groupPoints(),
                    city.name() + ": band points of each group");
            assertEquals(engine.points().doubleValue(), plain.points(), CLOSE, city.name() + ": points");
            assertEquals(engine.score().doubleValue(), plain.score(), CLOSE, city.name() + ": score");
            assertEquals(engine.index().doubleValue(), plain.index(), CLOSE, city.name() + ": index");
        }
    }
}
