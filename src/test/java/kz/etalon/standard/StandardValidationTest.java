package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static kz.etalon.problem.ProblemAssertions.assertNoErrors;
import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * Each fixture under src/test/resources/invalid/ is valid/tiny.yaml with one thing broken (its first
 * line says what). The line numbers asserted here are those of the broken thing in the fixture.
 */
class StandardValidationTest {

    static final Path VALID = Path.of("src/test/resources/valid");
    static final Path INVALID = Path.of("src/test/resources/invalid");

    /** Fixtures that are fine for the reader and broken only for {@link MethodCheck}. */
    private static final List<String> METHOD_ONLY = List.of("method-typo.yaml", "method-target-missing.yaml");

    private final Problems problems = new Problems();

    private Path read(String fixture) {
        Path file = INVALID.resolve(fixture);
        Optional<Standard> standard = StandardReader.read(file, problems);
        assertThat(standard).as("a standard with errors is not returned; problems:%n%s", render(problems.sorted()))
                .isEmpty();
        return file;
    }

    @Test
    void whenTheTinyStandardIsRead_thenThereIsNoProblemAtAll() {
        Path file = VALID.resolve("tiny.yaml");

        Optional<Standard> standard = StandardReader.read(file, problems);

        assertThat(problems.sorted()).as(render(problems.sorted())).isEmpty();
        assertThat(standard).isPresent();
        Standard tiny = standard.get();
        assertThat(tiny.id()).isEqualTo("tiny");
        assertThat(tiny.groups()).extracting(Group::id).containsExactly("priority", "additional");
        assertThat(tiny.areas()).extracting(Area::id).containsExactly("hlt", "edu", "eco");
        assertThat(tiny.indicators()).extracting(Indicator::method)
                .containsExactly("yes_no", "share", "target", "share", "target", "yes_no");
        assertThat(tiny.indicator("hlt.03")).get().satisfies(indicator -> {
            assertThat(indicator.better()).isEqualTo(Indicator.Direction.LOWER);
            assertThat(indicator.target()).isEqualByComparingTo("20");
            assertThat(indicator.at().line()).isEqualTo(31);
        });
        assertThat(tiny.scoring().maxScore()).isEqualByComparingTo(BigDecimal.valueOf(15));
        assertThat(tiny.scoring().bands()).hasSize(5);
        assertThat(tiny.rules()).extracting(RuleFolder::name).containsExactly("common");
    }

    @Test
    void everyInvalidStandardFixture_reportsAtLeastOneErrorAndStartsWithAComment() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(INVALID)) {
            fixtures = files.filter(path -> path.toString().endsWith(".yaml"))
                    .filter(path -> !METHOD_ONLY.contains(path.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(25);
        for (Path fixture : fixtures) {
            Problems own = new Problems();
            StandardReader.read(fixture, own);
            assertThat(own.hasErrors()).as("%s should have an error", fixture).isTrue();
            assertThat(Files.readAllLines(fixture).get(0)).as("%s says what is broken", fixture).startsWith("# ");
        }
    }

    @Test
    void whenYamlSyntaxIsBroken_thenTheErrorNamesTheLine() {
        Path file = read("yaml-syntax.yaml");

        assertHasError(problems, file, 11, "YAML syntax");
    }

    @Test
    void whenANumberIsGivenAsText_thenTheErrorNamesTheKeyTheValueAndTheLine() {
        Path file = read("wrong-type.yaml");

        assertHasError(problems, file, 13, "`max`", "should be a number", "`twenty`");
    }

    @Test
    void whenAKeyIsMisspelt_thenTheErrorSuggestsTheKnownKey() {
        Path file = read("unknown-key.yaml");

        assertHasError(problems, file, 23, "unknown key `factr`", "did you mean `factor`");
    }

    @Test
    void whenAGroupKeyIsMisspelt_thenNoFollowOnErrorBlamesAnotherLine() {
        Path file = read("unknown-key.yaml");

        assertThat(problems.sorted()).as(render(problems.sorted()))
                .filteredOn(problem -> problem.isError())
                .allSatisfy(problem -> assertThat(problem.where().line()).isEqualTo(23));
    }

    @Test
    void whenARequiredKeyIsMissing_thenTheErrorNamesItAtItsMapping() {
        Path file = read("missing-key.yaml");

        assertHasError(problems, file, 30, "missing key `method`");
    }

    @Test
    void whenAKeyIsGivenTwice_thenTheErrorNamesTheSecondAndTheFirstLine() {
        Path file = read("duplicate-key.yaml");

        assertHasError(problems, file, 6, "duplicate key `year`", "first at line 4");
    }

    @Test
    void whenTwoAreasShareAnId_thenTheSecondIsAnErrorNamingTheFirst() {
        Path file = read("duplicate-area-id.yaml");

        assertHasError(problems, file, 37, "duplicate area id `hlt`", "first at line 26");
    }

    @Test
    void whenTwoIndicatorsShareAnId_thenTheSecondIsAnErrorNamingTheFirst() {
        Path file = read("duplicate-indicator-id.yaml");

        assertHasError(problems, file, 36, "duplicate indicator id `edu.01`", "first at line 35");
    }

    @Test
    void whenTwoGroupsShareAnId_thenTheSecondIsAnErrorNamingTheFirst() {
        Path file = read("duplicate-group-id.yaml");

        assertHasError(problems, file, 24, "duplicate group id `priority`", "first at line 23");
    }

    @Test
    void whenBandsLeaveAGap_thenValidationNamesTheLineAndTheUncoveredRange() {
        Path file = read("bands-gap.yaml");

        assertHasError(problems, file, 14, "bands leave 21..22 uncovered", "band 1 ends at 20", "band 2 starts at 23");
    }

    @Test
    void whenBandsOverlap_thenValidationNamesTheLineAndTheSharedRange() {
        Path file = read("bands-overlap.yaml");

        assertHasError(problems, file, 14, "bands overlap on 15..20");
    }

    @Test
    void whenPointsDoNotIncrease_thenValidationNamesTheBand() {
        Path file = read("points-not-increasing.yaml");

        assertHasError(problems, file, 15, "band 3 gives 2 points", "points must increase");
    }

    @Test
    void whenABandEdgeIsFinerThanTheRounding_thenValidationNamesTheEdge() {
        Path file = read("band-edge-finer.yaml");

        assertHasError(problems, file, 13, "band edge 20.5 is finer than the rounding", "0 decimals");
    }

    @Test
    void whenAGroupUsesAnUndefinedFactor_thenTheErrorNamesTheGroupAndTheDefinedFactors() {
        Path file = read("unknown-factor.yaml");

        assertHasError(problems, file, 23, "group `priority` uses factor `K7`", "defined: K1, K2");
    }

    @Test
    void whenTheTopBandGivesNoPoints_thenMaxScoreZeroIsAnErrorNotADivisionByZero() {
        Path file = read("max-score-zero.yaml");

        assertHasError(problems, file, 19, "`max_score` must be above 0", "found 0");
    }

    @Test
    void whenABandGivesNegativePoints_thenItIsAnErrorAtTheBand() {
        Path file = read("band-points-negative.yaml");

        assertHasError(problems, file, 13, "band 1 gives -1 points", "0 or more");
    }

    @Test
    void whenAnAreaIsInNoGroup_thenTheErrorNamesTheArea() {
        Path file = read("area-in-no-group.yaml");

        assertHasError(problems, file, 32, "area `edu` is in no group");
    }

    @Test
    void whenAnAreaIsInTwoGroups_thenTheErrorNamesBothGroups() {
        Path file = read("area-in-two-groups.yaml");

        assertHasError(problems, file, 24, "area `edu` is in group `priority` (line 23) and in group `additional`");
    }

    @Test
    void whenAGroupListsAnUndefinedArea_thenTheErrorSuggestsTheDefinedOne() {
        Path file = read("group-undefined-area.yaml");

        assertHasError(problems, file, 24, "lists area `ecoo`", "did you mean `eco`");
    }

    @Test
    void whenAGroupListsNoArea_thenItIsAnError() {
        Path file = read("group-no-areas.yaml");

        assertHasError(problems, file, 24, "group `additional` lists no area");
    }

    @Test
    void whenAnAreaHasNoIndicator_thenItIsAnError() {
        Path file = read("area-no-indicators.yaml");

        assertHasError(problems, file, 39, "area `eco` has no indicator");
    }

    @Test
    void whenATargetIsNotAboveZero_thenItIsAnErrorAtTheTarget() {
        Path file = read("target-not-positive.yaml");

        assertHasError(problems, file, 36, "`target` must be above 0");
    }

    @Test
    void whenTheSchemaIsUnknown_thenTheErrorNamesTheSchemaThisVersionReads() {
        Path file = read("unknown-schema.yaml");

        assertHasError(problems, file, 2, "unknown schema `etalon/v9`", "`etalon/v1`");
    }

    @Test
    void whenRulesNameAPath_thenItIsRejected() {
        Path file = read("rules-path.yaml");

        assertHasError(problems, file, 7, "`../../etc`", "not a path");
    }

    @Test
    void whenTheMissingPolicyIsUnknown_thenTheErrorListsThePolicies() {
        Path file = read("bad-missing-policy.yaml");

        assertHasError(problems, file, 11, "`missing: skip` is not a policy", "zero, exclude or error");
    }

    @Test
    void whenTheRoundingModeIsUnknown_thenTheErrorListsTheModes() {
        Path file = read("unknown-rounding-mode.yaml");

        assertHasError(problems, file, 10, "rounding mode `half_upp` is unknown", "half_up");
    }

    @Test
    void whenATieBreakKeyIsUnknown_thenTheErrorSuggestsTheKnownKey() {
        Path file = read("tie-break-unknown.yaml");

        assertHasError(problems, file, 21, "tie-break key `indx`", "did you mean `index`");
    }

    @Test
    void whenAFileHasSeveralProblems_thenAllOfThemAreReportedAtOnce() {
        Path file = read("several-problems.yaml");

        assertHasError(problems, file, 7, "`../../etc`", "not a path");
        assertHasError(problems, file, 14, "bands leave 21..22 uncovered");
        assertHasError(problems, file, 21, "tie-break key `indx`");
        assertHasError(problems, file, 31, "`target` must be above 0", "-5");
        assertHasError(problems, file, 40, "unknown key `provenence`", "did you mean `provenance`");
    }

    @Test
    void whenProblemsAreSorted_thenTheyReadTopToBottom() {
        read("several-problems.yaml");

        List<Integer> lines = problems.sorted().stream().map(problem -> problem.where().line()).toList();
        assertThat(lines).isSorted();
    }

    @Test
    void whenTheStandardIsOnlyBrokenForTheRules_thenTheReaderAcceptsIt() {
        for (String fixture : METHOD_ONLY) {
            Problems own = new Problems();
            assertThat(StandardReader.read(INVALID.resolve(fixture), own)).as(fixture).isPresent();
            assertNoErrors(own);
        }
    }

    @Test
    void whenATargetHasADecimalComma_thenTheErrorSaysToUseADecimalPoint() {
        Path file = read("target-decimal-comma.yaml");

        assertHasError(problems, file, 31, "`target: 20,5` reads as `target: 20` and a key `5`",
                "use a decimal point: 20.5");
    }

    @Test
    void whenUnitAndSourceAreGivenByLanguage_thenEachLanguageReadsItsOwnAndAPlainTextIsTheSameInEvery(
            @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String yaml = Files.readString(VALID.resolve("tiny.yaml"))
                .replace("target: 20, better: lower,", "target: 20, better: lower, unit: {en: minutes, ru: минут, kk: минут},")
                .replace("method: share, name: {en: Clinics online", "method: share, unit: \"%\", name: {en: Clinics online");
        Path file = Files.writeString(dir.resolve("tiny.yaml"), yaml.replace("source: \"test fixture\"",
                "source: {en: Order 1, ru: Приказ 1, kk: Бұйрық 1}"));

        Optional<Standard> read = StandardReader.read(file, problems);

        assertNoErrors(problems);
        Standard tiny = read.orElseThrow();
        assertThat(tiny.indicator("hlt.03").orElseThrow().unit().in("ru")).isEqualTo("минут");
        assertThat(tiny.indicator("hlt.03").orElseThrow().unit().in("en")).isEqualTo("minutes");
        assertThat(tiny.indicator("hlt.02").orElseThrow().unit().in("kk")).isEqualTo("%");
        assertThat(tiny.indicator("hlt.01").orElseThrow().unit().isEmpty()).isTrue();
        assertThat(tiny.source().in("kk")).isEqualTo("Бұйрық 1");
    }

    @Test
    void whenAUnitLacksALanguage_thenTheTranslationWarningCountsIt(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String yaml = Files.readString(VALID.resolve("tiny.yaml"))
                .replace("target: 20, better: lower,", "target: 20, better: lower, unit: {en: minutes, ru: минут},");
        Path file = Files.writeString(dir.resolve("tiny.yaml"), yaml);

        StandardReader.read(file, problems);

        assertThat(render(problems.warnings())).contains("tiny.yaml:31:", "1 unit lacks `kk` text");
    }
}
