package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deliberately broken copy of each shipped file gives the right {@code file:line} error: each case
 * changes one thing in standards/kz-2019.yaml or data/kz-2019-cities.csv, and the line asserted is the
 * line of that change in the copy, found by its text rather than written down.
 */
class ShippedFilesBrokenTest {

    private static final Path STANDARD = Path.of("standards/kz-2019.yaml");
    private static final Path CITIES = Path.of("data/kz-2019-cities.csv");

    @TempDir
    Path dir;

    /** What to replace (the first occurrence), with what, and what the error at that line must say. */
    static Stream<Arguments> brokenStandards() {
        return Stream.of(
                Arguments.of("bands leave a gap", "{min: 21, max: 40,  points: 2}", "{min: 23, max: 40,  points: 2}",
                        "error: bands leave 21..22 uncovered (band 1 ends at 20, band 2 starts at 23)"),
                Arguments.of("band edge finer than the rounding", "{min: 0,  max: 20,", "{min: 0,  max: 20.5,",
                        "error: band edge 20.5 is finer than the rounding"),
                Arguments.of("points do not increase", "{min: 41, max: 60,  points: 3}", "{min: 41, max: 60,  points: 2}",
                        "error: band 3 gives 2 points"),
                Arguments.of("misspelt key", "factor: K2, name", "factr: K2, name", "error: unknown key `factr` in a group; "
                        + "did you mean `factor`?"),
                Arguments.of("undefined factor", "factor: K1,", "factor: K7,", "error: group `additional` uses factor `K7`, "
                        + "which `scoring.factors` does not define"),
                Arguments.of("max_score mismatch", "max_score: 25", "max_score: 24", "error: `max_score` is 24"),
                Arguments.of("text for a number", "scale: 100", "scale: hundred", "error: `scale` in `scoring` should be a "
                        + "number, found `hundred`"),
                Arguments.of("tab indentation", "  scale: 100", "\tscale: 100", "error: YAML syntax"),
                Arguments.of("duplicate indicator id", "{id: hlt.02,", "{id: hlt.01,", "error: duplicate indicator id `hlt.01`"),
                Arguments.of("target not above 0", "target: 5, better: lower", "target: 0, better: lower",
                        "error: `target` must be above 0"),
                Arguments.of("method typo", "{id: hlt.04, method: yes_no", "{id: hlt.04, method: yesno",
                        "error: method `yesno` of hlt.04 is not handled by any rule in rules/common; did you mean `yes_no`?"),
                Arguments.of("missing method", "{id: hlt.04, method: yes_no, ", "{id: hlt.04, ", "error: missing key `method`"),
                Arguments.of("area in no group", "areas: [ctm, hlt, edu,", "areas: [ctm, edu,", ""),
                Arguments.of("rules outside rules/", "rules: [common]", "rules: [../../etc]", "error: rules folder `../../etc` "
                        + "must be the name of a folder"),
                Arguments.of("type tag", "source: {en: \"Order No.", "source: {en: !!java.net.URL \"Order No.",
                        "error: YAML tag `!!java.net.URL` is not allowed"),
                Arguments.of("duplicate key", "year: 2019", "year: 2019\nyear: 2020", "error: duplicate key `year`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenStandards")
    void whenTheShippedStandardIsBroken_thenValidateNamesTheFileAndLine(String what, String from, String to, String message)
            throws IOException {
        String original = Files.readString(STANDARD);
        assertThat(original).contains(from);
        String broken = original.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Path copy = Files.writeString(dir.resolve("kz-2019.yaml"), broken);
        int line = lastLineOf(broken, to.contains("\n") ? to.substring(to.indexOf('\n') + 1) : to);
        if (what.equals("area in no group")) {
            line = lineOf(broken, "  - id: hlt");
            message = "error: area `hlt` is in no group";
        }

        CliRun run = CliRun.of("validate", copy.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(run.err()).as(what).containsPattern(java.util.regex.Pattern.quote(copy + ":" + line + ":") + "\\d+: "
                + java.util.regex.Pattern.quote(message));
    }

    static Stream<Arguments> brokenCities() {
        return Stream.of(
                Arguments.of("yes/no unreadable", "Almaty,hlt.04,yes", "Almaty,hlt.04,maybe",
                        "error: Almaty, hlt.04 (yes_no): `maybe` is not yes or no"),
                Arguments.of("indicator typo", "Almaty,hlt.03,", "Almaty,hlt.3,", "error: indicator `hlt.3` is not in kz-2019; "
                        + "did you mean `hlt.03`?"),
                Arguments.of("share above the scale", "Almaty,hlt.01,99.91", "Almaty,hlt.01,120", "error: Almaty, hlt.01 "
                        + "(share): share 120 is outside 0..100"),
                Arguments.of("unreadable number", "Almaty,hlt.01,99.91", "Almaty,hlt.01,12%%", "error: Almaty, hlt.01 "
                        + "(share): `12%%` is not a percentage"),
                Arguments.of("negative target value", "Almaty,ctm.04,5\n", "Almaty,ctm.04,-3\n",
                        "error: Almaty, ctm.04 (target): value -3 is negative"),
                Arguments.of("decimal comma in a comma file", "Almaty,hlt.01,99.91", "Almaty,hlt.01,99,91",
                        "error: value `99` is followed by `91` in the column name_ru; `99,91` looks like a number "
                                + "with a decimal comma"),
                Arguments.of("duplicate row", "Almaty,hlt.02,99.96", "Almaty,hlt.02,99.96\nAlmaty,hlt.02,99.96",
                        "error: a second value for Almaty, hlt.02"),
                Arguments.of("wrong header", "city,indicator,value", "town,indicator,value", "error: header "
                        + "`town,indicator,value,name_ru,name_kk` is neither long form"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCities")
    void whenTheShippedCityDataIsBroken_thenValidateNamesTheFileAndLine(String what, String from, String to, String message)
            throws IOException {
        String original = Files.readString(CITIES);
        assertThat(original).contains(from);
        String broken = original.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        Path copy = Files.writeString(dir.resolve("cities.csv"), broken);
        List<String> lines = broken.lines().toList();
        String marker = to.strip().contains("\n") ? to.strip().substring(to.strip().indexOf('\n') + 1) : to.strip();
        int line = what.equals("duplicate row") ? lines.lastIndexOf(marker) + 1 : lineOf(broken, marker);

        CliRun run = CliRun.of("validate", STANDARD.toString(), copy.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(run.err()).as(what).containsPattern(java.util.regex.Pattern.quote(copy + ":" + line + ":") + "\\d+: "
                + java.util.regex.Pattern.quote(message));
    }

    private static int lastLineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " is in no line");
    }

    private static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " is in no line");
    }
}
