package kz.etalon.city;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static kz.etalon.problem.ProblemAssertions.assertNoErrors;
import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.Test;

/**
 * City files read and checked against valid/tiny.yaml, with the value kinds of rules/common written by
 * hand (yes_no, share, target) so that no Drools session starts. Lines are 1-based CSV lines; the
 * header is line 1.
 */
class CityValidationTest {

    private static final Path VALID = Path.of("src/test/resources/valid");
    private static final Path INVALID = Path.of("src/test/resources/invalid");

    private static final Standard tiny = TinyStandard.STANDARD;

    private final Problems problems = new Problems();


    private Optional<CityData> check(Path file, Standard standard) {
        return CityCsvReader.read(file, problems)
                .map(read -> TinyStandard.check(read, standard, problems));
    }

    private CityData readValid(String fixture) {
        Optional<CityData> data = check(VALID.resolve(fixture), tiny);
        assertNoErrors(problems);
        assertThat(data).isPresent();
        return data.get();
    }

    private static CityValue value(CityData data, String city, String indicator) {
        return data.city(city).orElseThrow().value(indicator).orElseThrow();
    }

    @Test
    void whenTheTinyCitiesAreRead_thenEveryValueIsReadAtItsLine() {
        CityData data = readValid("tiny-cities.csv");

        assertThat(data.cities()).extracting(City::name).containsExactly("Almaty", "Shymkent");
        assertThat(value(data, "Almaty", "hlt.01").number()).isEqualByComparingTo("1");
        assertThat(value(data, "Almaty", "hlt.02").number()).isEqualByComparingTo("79.85");
        assertThat(value(data, "Almaty", "hlt.02").at()).isEqualTo(new Location(VALID.resolve("tiny-cities.csv"), 3, 1));
        assertThat(value(data, "Shymkent", "eco.01").number()).isEqualByComparingTo("1");
        assertThat(value(data, "Shymkent", "edu.02").isMissing()).isTrue();
        assertThat(value(data, "Shymkent", "edu.02").at().line()).isEqualTo(12);
    }

    @Test
    void whenAnIndicatorIdIsMistyped_thenTheErrorSuggestsTheKnownId() {
        Path file = INVALID.resolve("cities-unknown-indicator.csv");

        check(file, tiny);

        assertHasError(problems, file, 3, "indicator `hlt.2` is not in tiny", "did you mean `hlt.02`");
    }

    @Test
    void whenAYesNoValueIsNotAToken_thenTheErrorNamesTheCityIndicatorAndLine() {
        Path file = INVALID.resolve("cities-bad-yes-no.csv");

        check(file, tiny);

        assertHasError(problems, file, 8, "Shymkent, hlt.01 (yes_no)", "`maybe` is not yes or no");
    }

    @Test
    void whenANumberIsUnreadable_thenTheErrorQuotesItAtItsLine() {
        Path file = INVALID.resolve("cities-unreadable-number.csv");

        check(file, tiny);

        assertHasError(problems, file, 4, "Almaty, hlt.03 (target)", "`12%%` is not a number");
    }

    @Test
    void whenAShareIsAboveTheScale_thenItIsAnError() {
        Path file = INVALID.resolve("cities-share-out-of-range.csv");

        check(file, tiny);

        assertHasError(problems, file, 9, "Shymkent, hlt.02 (share)", "share 120 is outside 0..100");
    }

    @Test
    void whenATargetValueIsNegative_thenItIsAnError() {
        Path file = INVALID.resolve("cities-negative-target.csv");

        check(file, tiny);

        assertHasError(problems, file, 12, "Shymkent, edu.02 (target)", "value -3 is negative");
    }

    @Test
    void whenARowIsRepeated_thenTheSecondIsAnErrorNamingTheFirstLine() {
        Path file = INVALID.resolve("cities-duplicate-row.csv");

        check(file, tiny);

        assertHasError(problems, file, 14, "a second value for Almaty, hlt.02", "first at line 3");
    }

    @Test
    void whenTheFileIsEmpty_thenItIsAnErrorAboutTheWholeFile() {
        Path file = INVALID.resolve("cities-empty.csv");

        Optional<CityData> data = check(file, tiny);

        assertThat(data).isEmpty();
        assertHasError(problems, file, 0, "the file is empty", "city,indicator,value");
    }

    @Test
    void whenTheHeaderIsNeitherLongNorWideForm_thenTheErrorIsAtLineOne() {
        Path file = INVALID.resolve("cities-wrong-header.csv");

        Optional<CityData> data = check(file, tiny);

        assertThat(data).isEmpty();
        assertHasError(problems, file, 1, "header `town,indicator,value`", "neither long form");
    }

    @Test
    void whenACityNameIsOneLetterOffACityWithManyRows_thenItIsReportedAsATypo() {
        Path file = INVALID.resolve("cities-city-typo.csv");

        check(file, tiny);

        assertHasError(problems, file, 5, "city `Almatu` has 1 row(s)", "typo of `Almaty` (5 rows)");
    }

    @Test
    void whenTheFileStartsWithAByteOrderMark_thenItReadsAsUsual() {
        CityData data = readValid("tiny-cities-bom.csv");

        assertThat(data.cities()).extracting(City::name).containsExactly("Almaty", "Shymkent");
        assertThat(value(data, "Almaty", "hlt.01").at().line()).isEqualTo(2);
        assertThat(value(data, "Almaty", "hlt.01").number()).isEqualByComparingTo("1");
    }

    @Test
    void whenLinesEndWithCrLf_thenItReadsWithTheRightLineNumbers() {
        CityData data = readValid("tiny-cities-crlf.csv");

        assertThat(data.cities()).extracting(City::name).containsExactly("Almaty", "Shymkent");
        assertThat(value(data, "Almaty", "hlt.02").at().line()).isEqualTo(3);
        assertThat(value(data, "Shymkent", "hlt.03").at().line()).isEqualTo(10);
        assertThat(value(data, "Shymkent", "eco.01").at().line()).isEqualTo(13);
        assertThat(value(data, "Shymkent", "eco.01").text()).isEqualTo("да");
        assertThat(value(data, "Almaty", "eco.01").number()).isEqualByComparingTo("0");
    }

    @Test
    void whenTheSeparatorIsASemicolon_thenDecimalCommasReadAsDecimals() {
        CityData data = readValid("tiny-cities-semicolon.csv");

        assertThat(value(data, "Almaty", "hlt.02").number()).isEqualByComparingTo("79.85");
        assertThat(value(data, "Shymkent", "hlt.03").number()).isEqualByComparingTo("18.5");
        assertThat(value(data, "Almaty", "hlt.02").at().line()).isEqualTo(3);
    }

    @Test
    void whenTheHeaderListsIndicatorIds_thenTheWideFormReadsOneCityARow() {
        Path file = VALID.resolve("tiny-cities-wide.csv");

        CityData data = readValid("tiny-cities-wide.csv");

        assertThat(data.cities()).extracting(City::name).containsExactly("Almaty", "Shymkent");
        assertThat(value(data, "Almaty", "hlt.02").number()).isEqualByComparingTo("79.85");
        assertThat(value(data, "Shymkent", "hlt.03").number()).isEqualByComparingTo("18.5");
        assertThat(value(data, "Shymkent", "hlt.03").at()).isEqualTo(new Location(file, 3, 4));
        assertThat(value(data, "Shymkent", "edu.02").isMissing()).isTrue();
        assertThat(value(data, "Shymkent", "eco.01").number()).isEqualByComparingTo("1");
    }

    @Test
    void whenAWideHeaderNamesAnUnknownIndicator_thenTheErrorIsAtTheHeaderCellOnce() {
        Path file = INVALID.resolve("cities-wide-unknown-indicator.csv");

        check(file, tiny);

        assertHasError(problems, file, 1, "indicator `hlt.2` is not in tiny", "did you mean `hlt.02`");
        assertThat(problems.sorted()).as(render(problems.sorted()))
                .filteredOn(problem -> problem.message().contains("hlt.2")).hasSize(1);
    }

    @Test
    void whenThePolicyIsMissingErrorAndAValueIsEmpty_thenItIsAnErrorAtItsRow() {
        Standard refusing = StandardReader.readOrThrow(VALID.resolve("tiny-missing-error.yaml"));
        Path file = INVALID.resolve("cities-missing-value.csv");

        check(file, refusing);

        assertHasError(problems, file, 12, "Shymkent has no value for edu.02", "`missing: error`");
    }

    @Test
    void whenThePolicyIsZeroAndAValueIsEmpty_thenItIsNoError() {
        check(INVALID.resolve("cities-missing-value.csv"), tiny);

        assertNoErrors(problems);
        assertThat(render(problems.sorted())).doesNotContain("edu.02");
    }
}
