package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.MethodCheck;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: for random etalon/v2 standards and city data (RandomV2Cases), the Drools evaluation, reached
 * through the YAML and CSV readers, equals the independent ReferenceV2Scorer: every node's scored flag and
 * band points, every indicator's band points, the total's points and rank exactly; values, percents, score
 * and index to 1e-30 (the engine divides to 50 digits). Case count: -Detalon.cases (default 300); first
 * seed: -Detalon.seed. A failing case's files are kept under target/reference-failures/v2-SEED/.
 */
class EvaluatorAgainstV2ReferenceTest {

    private static final Fraction TOLERANCE = Fraction.of(BigDecimal.ONE.movePointLeft(30));

    @TempDir
    Path dir;

    private final RuleBooks ruleBooks = new RuleBooks(Path.of("rules"));

    @Test
    void droolsEqualsTheReferenceScorerOnRandomV2StandardsAndCities() throws IOException {
        int cases = Integer.getInteger("etalon.cases", 300);
        long firstSeed = Long.getLong("etalon.seed", 20_240_001L);
        long started = System.nanoTime();
        int cities = 0;
        int nodes = 0;
        for (int i = 0; i < cases; i++) {
            RandomV2Cases.Case generated = RandomV2Cases.generate(firstSeed + i);
            try {
                int[] counted = check(generated);
                cities += counted[0];
                nodes += counted[1];
            } catch (AssertionError | RuntimeException e) {
                Path kept = keep(generated);
                throw new AssertionError("case seed " + generated.seed() + " (files in " + kept + "): " + e.getMessage(), e);
            }
        }
        System.out.printf("v2 reference check: %d cases, %d cities, %d node results, seeds %d..%d, %.1f s%n",
                cases, cities, nodes, firstSeed, firstSeed + cases - 1, (System.nanoTime() - started) / 1e9);
        assertThat(cities).isPositive();
    }

    /** The cities and node results compared. */
    private int[] check(RandomV2Cases.Case generated) throws IOException {
        Path yaml = Files.writeString(dir.resolve("case.yaml"), generated.yaml(), StandardCharsets.UTF_8);
        Path csv = Files.writeString(dir.resolve("case-cities.csv"), generated.csv(), StandardCharsets.UTF_8);
        Standard standard = StandardReader.readOrThrow(yaml);
        RuleBook rules = ruleBooks.forStandard(standard);
        Problems problems = new Problems();
        MethodCheck.check(standard, rules.requirements(), problems);
        CityFile file = CityCsvReader.read(csv, problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        CityData data = CityDataChecker.check(file, standard, rules::inputOf, problems);
        if (problems.hasErrors()) {
            fail("Etalon refused valid data: " + problems.sorted());
        }
        Evaluation evaluation;
        try {
            evaluation = new Evaluator(standard, rules).evaluate(data);
        } catch (InputException e) {
            throw new AssertionError("Etalon refused to evaluate: " + e.problems(), e);
        }
        List<ReferenceV2Scorer.CityScore> expected = ReferenceV2Scorer.evaluate(generated.spec(), generated.cities());
        assertThat(evaluation.cities()).hasSameSizeAs(expected);
        int nodes = 0;
        for (ReferenceV2Scorer.CityScore reference : expected) {
            CityResult actual = evaluation.city(reference.name()).orElseThrow(() -> new AssertionError("no " + reference.name()));
            nodes += compare(reference, actual);
        }
        return new int[] {expected.size(), nodes};
    }

    private static int compare(ReferenceV2Scorer.CityScore reference, CityResult actual) {
        String city = reference.name();
        for (IndicatorResult indicator : actual.indicators()) {
            ReferenceV2Scorer.IndicatorScore expected = reference.indicators().get(indicator.id());
            assertClose(city + " " + indicator.id() + " percent", indicator.percent(), expected.percent());
            assertThat(indicator.points()).as(city + " " + indicator.id() + " points").isEqualTo(expected.points());
        }
        assertThat(actual.nodes()).as(city + " nodes").hasSameSizeAs(reference.nodes().values());
        for (NodeResult node : actual.nodes()) {
            String key = node.classification() + "/" + node.id();
            ReferenceV2Scorer.NodeScore expected = reference.nodes().get(key);
            assertThat(expected).as(city + " node " + key + " known to the reference").isNotNull();
            assertThat(node.scored()).as(city + " node " + key + " scored").isEqualTo(expected.scored());
            assertClose(city + " node " + key + " value", node.value(), expected.value());
            assertThat(node.points()).as(city + " node " + key + " points (value " + expected.value() + ")")
                    .isEqualTo(expected.points());
        }
        if (reference.points() == null) {
            assertThat(actual.points()).as(city + " points without a total").isNull();
            assertThat(actual.score()).as(city + " score without a total").isNull();
        } else {
            assertThat(Fraction.of(actual.points())).as(city + " points").isEqualTo(reference.points());
            assertClose(city + " score", actual.score(), reference.score());
            assertClose(city + " index", actual.index(), reference.index());
        }
        assertThat(actual.rank()).as(city + " rank").isEqualTo(reference.rank());
        return actual.nodes().size();
    }

    private static void assertClose(String what, BigDecimal actual, Fraction expected) {
        if (expected == null || actual == null) {
            assertThat(actual).as(what + " (reference: " + expected + ")").isNull();
            assertThat(expected).as(what + " (Etalon: " + actual + ")").isNull();
            return;
        }
        assertThat(Fraction.of(actual).minus(expected).abs().compareTo(TOLERANCE))
                .as(what + ": " + actual + " vs exact " + expected).isLessThanOrEqualTo(0);
    }

    private static Path keep(RandomV2Cases.Case generated) {
        try {
            Path kept = Files.createDirectories(Path.of("target/reference-failures/v2-" + generated.seed()));
            Files.writeString(kept.resolve("case.yaml"), generated.yaml());
            Files.writeString(kept.resolve("case-cities.csv"), generated.csv());
            return kept;
        } catch (IOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
    }
}
