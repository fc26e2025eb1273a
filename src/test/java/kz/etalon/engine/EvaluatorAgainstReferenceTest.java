package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problems;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.MethodCheck;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: for random standards and city data (RandomCases), the Drools evaluation, reached through
 * the YAML and CSV readers as a user's files would be, equals the independent ReferenceScorer exactly
 * in points, rank, rounded averages and band points, to 1e-40 in score, and to 1e-9 in averages and
 * index. Case count: -Detalon.cases (default in pom.xml); first seed: -Detalon.seed. A failing case's
 * files are kept under target/reference-failures/ with the seed that makes them again.
 */
class EvaluatorAgainstReferenceTest {

    private static final double AVERAGE_TOLERANCE = 1e-9;
    private static final Fraction SCORE_TOLERANCE = Fraction.of(BigDecimal.ONE.movePointLeft(40));

    @TempDir
    Path dir;

    private final RuleBooks ruleBooks = new RuleBooks(Path.of("rules"));

    @Test
    void droolsEqualsTheReferenceScorerOnRandomStandardsAndCities() throws IOException {
        int cases = Integer.getInteger("etalon.cases", 300);
        long firstSeed = Long.getLong("etalon.seed", 20_240_001L);
        long started = System.nanoTime();
        int refused = 0;
        int cities = 0;
        for (int i = 0; i < cases; i++) {
            RandomCases.Case generated = RandomCases.generate(firstSeed + i);
            try {
                Outcome outcome = check(generated);
                refused += outcome.refused() ? 1 : 0;
                cities += outcome.cities();
            } catch (AssertionError | RuntimeException e) {
                Path kept = keep(generated);
                throw new AssertionError("case seed " + generated.seed() + " (files in " + kept + "): " + e.getMessage(), e);
            }
        }
        System.out.printf("reference check: %d cases (%d refused under missing: error), %d cities, seeds %d..%d, %.1f s%n",
                cases, refused, cities, firstSeed, firstSeed + cases - 1, (System.nanoTime() - started) / 1e9);
        assertThat(cases - refused).isPositive();
    }

    private record Outcome(boolean refused, int cities) {
    }

    private Outcome check(RandomCases.Case generated) throws IOException {
        Path yaml = Files.writeString(dir.resolve("case.yaml"), generated.yaml(), StandardCharsets.UTF_8);
        Path csv = Files.writeString(dir.resolve("case-cities.csv"), generated.csv(), StandardCharsets.UTF_8);
        Standard standard = StandardReader.readOrThrow(yaml);
        RuleBook rules = ruleBooks.forStandard(standard);
        Problems problems = new Problems();
        MethodCheck.check(standard, rules.requirements(), problems);
        CityFile file = CityCsvReader.read(csv, problems).orElseThrow(() -> new AssertionError(problems.sorted()));
        CityData data = CityDataChecker.check(file, standard, rules::inputOf, problems);
        Optional<List<ReferenceScorer.CityScore>> expected = ReferenceScorer.evaluate(generated.spec(), generated.cities());
        if (expected.isEmpty()) {
            assertThat(problems.hasErrors()).as("the reference refuses (missing: error); so must Etalon").isTrue();
            assertThat(problems.sorted().toString()).contains("missing: error");
            return new Outcome(true, 0);
        }
        if (problems.hasErrors()) {
            fail("Etalon refused valid data: " + problems.sorted());
        }
        Evaluation evaluation;
        try {
            evaluation = new Evaluator(standard, rules).evaluate(data);
        } catch (InputException e) {
            throw new AssertionError("Etalon refused to evaluate: " + e.problems(), e);
        }
        assertThat(evaluation.cities()).hasSameSizeAs(expected.get());
        int missing = 0;
        for (ReferenceScorer.CityScore reference : expected.get()) {
            CityResult actual = evaluation.city(reference.name()).orElseThrow(() -> new AssertionError("no " + reference.name()));
            compare(generated, reference, actual);
            missing += reference.missing();
        }
        long missingWarnings = evaluation.warnings().stream().mapToLong(EvaluatorAgainstReferenceTest::citiesMissing).sum();
        assertThat(missingWarnings).as("every missing value warned of, once per indicator").isEqualTo(missing);
        return new Outcome(false, expected.get().size());
    }

    /** How many cities a warning of missing values names: 1 for {@code City: id has no value;}, N for {@code in N cities}. */
    private static long citiesMissing(String warning) {
        java.util.regex.Matcher many = java.util.regex.Pattern.compile("has no value in (?:all )?(\\d+) cities").matcher(warning);
        if (many.find()) {
            return Long.parseLong(many.group(1));
        }
        return warning.contains("has no value;") ? 1 : 0;
    }

    private static void compare(RandomCases.Case generated, ReferenceScorer.CityScore reference, CityResult actual) {
        String city = reference.name();
        for (IndicatorResult indicator : actual.indicators()) {
            Fraction percent = reference.percents().get(indicator.id());
            assertClose(city + " " + indicator.id() + " percent", indicator.percent(), percent);
        }
        for (AreaResult area : actual.areas()) {
            assertClose(city + " area " + area.id(), area.average(), reference.areaAverages().get(area.id()));
        }
        for (GroupResult group : actual.groups()) {
            ReferenceScorer.GroupScore expected = reference.groups().get(group.id());
            assertClose(city + " group " + group.id() + " average", group.average(), expected.average());
            assertThat(group.rounded()).as(city + " group " + group.id() + " rounded (exact " + expected.average() + ")")
                    .isEqualByComparingTo(expected.rounded());
            assertThat(group.points()).as(city + " group " + group.id() + " points").isEqualTo(expected.points());
            assertThat(Fraction.of(group.weighted())).as(city + " group " + group.id() + " weighted")
                    .isEqualTo(expected.weighted());
            assertThat(group.areasScored()).as(city + " group " + group.id() + " areas scored").isEqualTo(expected.areasScored());
        }
        assertThat(Fraction.of(actual.points())).as(city + " points").isEqualTo(reference.points());
        assertThat(Fraction.of(actual.score()).minus(reference.score()).abs().compareTo(SCORE_TOLERANCE))
                .as(city + " score " + actual.score() + " vs exact " + reference.score()).isLessThanOrEqualTo(0);
        assertClose(city + " index", actual.index(), reference.index());
        assertThat(actual.rank()).as(city + " rank (tie-break " + generated.spec().tieBreakKeys() + ")").isEqualTo(reference.rank());
    }

    private static void assertClose(String what, BigDecimal actual, Fraction expected) {
        if (expected == null || actual == null) {
            assertThat(actual).as(what + " (reference: " + expected + ")").isNull();
            assertThat(expected).as(what + " (Etalon: " + actual + ")").isNull();
            return;
        }
        double difference = Fraction.of(actual).minus(expected).abs().toDouble();
        assertThat(difference).as(what + ": " + actual + " vs exact " + expected).isLessThanOrEqualTo(AVERAGE_TOLERANCE);
    }

    private static Path keep(RandomCases.Case generated) {
        try {
            Path kept = Files.createDirectories(Path.of("target/reference-failures/" + generated.seed()));
            Files.writeString(kept.resolve("case.yaml"), generated.yaml());
            Files.writeString(kept.resolve("case-cities.csv"), generated.csv());
            return kept;
        } catch (IOException e) {
            return Path.of("(not kept: " + e.getMessage() + ")");
        }
    }

    /** The generator itself must not make near-duplicate city names, which the checker rightly flags. */
    @Test
    void generatedCityNamesAreNotTyposOfOneAnother() {
        List<String> names = new ArrayList<>(List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Pavlodar",
                "Taraz", "Semey", "Атырау", "Қостанай", "Өскемен", "Kyzylorda", "Turkestan"));
        for (String name : names) {
            List<String> others = names.stream().filter(other -> !other.equals(name)).toList();
            assertThat(kz.etalon.problem.Hints.closest(name, others)).as(name).isEmpty();
        }
    }
}
