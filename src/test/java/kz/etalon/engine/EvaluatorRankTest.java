package kz.etalon.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@link Evaluator#rank}, the path of sensitivity runs: the ranks of a full evaluation, with less asked. */
class EvaluatorRankTest {

    @ParameterizedTest
    @ValueSource(strings = {"kz-2018", "kz-2019"})
    void ranksScoresAndGroupsAreThoseOfTheFullEvaluation(String standardId) {
        Standard standard = StandardReader.readOrThrow(Path.of("standards", standardId + ".yaml"));
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        Problems problems = new Problems();
        CityData bundled = CityDataChecker.check(CityCsvReader.read(Path.of("data", standardId + "-cities.csv"), problems)
                .orElseThrow(), standard, rules::inputOf, problems);
        problems.throwIfErrors();
        List<City> cities = new ArrayList<>(bundled.cities());
        cities.addAll(EngineBenchmark.generated(bundled, 150));   // values moved by up to 20 %: other ranks, ties
        CityData data = new CityData(bundled.file(), cities);
        Evaluator evaluator = new Evaluator(standard, rules);

        Evaluation full = evaluator.evaluate(data);
        Evaluation ranked = evaluator.rank(data);

        assertEquals(full.cities().size(), ranked.cities().size());
        for (int i = 0; i < full.cities().size(); i++) {
            CityResult expected = full.cities().get(i);
            CityResult actual = ranked.cities().get(i);
            assertEquals(expected.city(), actual.city());
            assertEquals(expected.rank(), actual.rank(), expected.city());
            assertEquals(expected.score(), actual.score(), expected.city());
            assertEquals(expected.points(), actual.points(), expected.city());
            assertEquals(expected.index(), actual.index(), expected.city());
            for (int g = 0; g < expected.groups().size(); g++) {
                assertEquals(expected.groups().get(g).average(), actual.groups().get(g).average(), expected.city());
                assertEquals(expected.groups().get(g).points(), actual.groups().get(g).points(), expected.city());
            }
            assertTrue(actual.indicators().isEmpty() && actual.areas().isEmpty(), "indicators and areas are not asked for");
        }
        assertTrue(full.cities().stream().map(CityResult::rank).distinct().count() > 100, "the generated cities rank apart");
    }

    @Test
    void aCityWhoseRulesDeriveAFactTwiceIsReportedAsTheFullEvaluationReportsIt(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("rules");
        Files.createDirectories(root.resolve("common"));
        try (Stream<Path> drl = Files.list(Path.of("rules", "common"))) {
            for (Path file : drl.toList()) {
                Files.copy(file, root.resolve("common").resolve(file.getFileName()));
            }
        }
        TestStandards.write(root.resolve("extra").resolve("twice.drl"), """
                package kz.etalon.rules.extra;
                import kz.etalon.engine.fact.*;
                rule "share, once more"
                when
                    $indicator : IndicatorDef( method == "share", $value : value != null )
                then
                    insert( IndicatorScore.of( $indicator, $value ) );
                end
                """);
        String yaml = Files.readString(Path.of("src/test/resources/valid/tiny.yaml")).replace("rules: [common]",
                "rules: [common, extra]");
        Standard standard = TestStandards.standard(dir, "tiny", yaml);
        RuleBook rules = new RuleBooks(root, RuleCache.off()).forStandard(standard);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(CityCsvReader.read(Path.of("src/test/resources/valid/tiny-cities.csv"),
                problems).orElseThrow(), standard, rules::inputOf, problems);
        problems.throwIfErrors();
        Evaluator evaluator = new Evaluator(standard, rules);

        InputException full = assertThrows(InputException.class, () -> evaluator.evaluate(data));
        InputException ranked = assertThrows(InputException.class, () -> evaluator.rank(data));

        List<String> expected = full.problems().stream().map(Object::toString).sorted().toList();
        assertEquals(expected, ranked.problems().stream().map(Object::toString).sorted().toList());
        assertTrue(expected.stream().anyMatch(problem -> problem.contains("\"share, once more\"")), expected.toString());
    }
}
