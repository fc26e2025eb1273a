package kz.etalon.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** City data within and beyond the limits, generated on the fly; each is refused quickly and clearly. */
class InputLimitsTest {

    private static final Standard tiny = TinyStandard.STANDARD;

    @TempDir
    Path dir;

    private final Problems problems = new Problems();


    private Optional<CityData> check(Path file) {
        return CityFiles.read(file, problems).map(read -> TinyStandard.check(read, tiny, problems));
    }

    private String errors() {
        return problems.sorted().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    @Test
    @Timeout(20)
    void whenTheCitiesComeFromADeviceThatNeverEnds_thenReadingStopsAtTheLimit() {
        assertThat(check(Path.of("/dev/zero"))).isEmpty();

        assertThat(errors()).contains("/dev/zero: error: file is larger than 32 MiB");
    }

    @Test
    @Timeout(20)
    void whenAWorkbookComesFromADeviceThatNeverEnds_thenReadingStopsAtTheLimit() throws IOException {
        Path device = dir.resolve("zero.xlsx");
        Files.createSymbolicLink(device, Path.of("/dev/zero"));

        assertThat(check(device)).isEmpty();

        assertThat(errors()).contains("zero.xlsx: error: file is larger than 32 MiB");
    }

    @Test
    @Timeout(30)
    void when20000CitiesHaveOneRowEach_thenTheTypoCheckIsNotQuadratic() throws IOException {
        String rows = IntStream.range(0, 20_000).mapToObj(i -> "City" + i + ",hlt.01,yes").collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("many.csv"), "city,indicator,value\n" + rows + "\n");

        Optional<CityData> data = check(file);

        assertThat(errors()).isEmpty();
        assertThat(data.orElseThrow().cities()).hasSize(20_000);
    }

    @Test
    void whenASmallCityIsOneLetterOffALargeOne_thenTheTypoIsStillFound() throws IOException {
        String large = IntStream.range(0, 6).mapToObj(i -> "Almaty,hlt.0" + (i % 3 + 1) + (i < 3 ? "" : "x") + ",1")
                .limit(3).collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("typo.csv"), "city,indicator,value\n" + large
                + "\nAlmatu,hlt.01,yes\nOther,hlt.01,yes\n");

        check(file);

        assertThat(errors()).contains("typo.csv:5:1: error: city `Almatu` has 1 row(s) and looks like a typo of `Almaty` (3 rows)");
    }

    @Test
    void whenACityNameHoldsAnEscapeCharacter_thenItIsRefusedOnceAtItsFirstRow() throws IOException {
        Path file = Files.writeString(dir.resolve("escape.csv"),
                "city,indicator,value\nAlmaty\u001b]0;owned\u0007,hlt.01,yes\nAlmaty\u001b]0;owned\u0007,hlt.02,10\n");

        check(file);

        assertThat(problems.sorted()).hasSize(1);
        assertThat(errors()).contains("escape.csv:2:1: error: city name `Almaty…` holds the control character U+001B");
    }

    @Test
    void whenACityNameIsLongerThanACellCanHold_thenItIsAnInputError() throws IOException {
        Path file = Files.writeString(dir.resolve("long.csv"), "city,indicator,value\n" + "A".repeat(40_000) + ",hlt.01,yes\n");

        check(file);

        assertThat(errors()).contains("long.csv:2:1: error: a city name of 40000 characters; a name is at most 200");
    }

    @Test
    @Timeout(20)
    void whenARowHasAMillionCells_thenItIsRefusedQuicklyWithOneError() throws IOException {
        String header = "city," + IntStream.range(0, 1_000_000).mapToObj(i -> "x" + i).collect(Collectors.joining(","));
        Path file = Files.writeString(dir.resolve("wide.csv"), header + "\nAlmaty," + "1,".repeat(999_999) + "1\n");

        assertThat(check(file)).isEmpty();

        assertThat(problems.sorted()).hasSize(1);
        assertThat(errors()).contains("wide.csv:1: error: a row of more than 10,000 cells");
    }

    @Test
    @Timeout(20)
    void whenAQuoteIsLeftOpen_thenTheHugeCellIsNamedInEtalonsWords() throws IOException {
        Path file = Files.writeString(dir.resolve("quote.csv"), "city,indicator,value\nAlmaty,hlt.01,\"" + "y".repeat(21_000_000) + "\n");

        assertThat(check(file)).isEmpty();

        assertThat(errors()).contains("quote.csv:2: error: a cell of more than 100,000 characters;",
                "is a quote (\") opened here and never closed?").doesNotContain("StreamReadConstraints");
    }

    @Test
    void whenManyRowsHaveTheSameMistake_thenTenAreShownAndTheRestCounted() throws IOException {
        String rows = IntStream.range(0, 1000).mapToObj(i -> "City" + i + ",hlt.02,maybe").collect(Collectors.joining("\n"));
        Path file = Files.writeString(dir.resolve("same.csv"), "city,indicator,value\n" + rows + "\n");

        check(file);

        List<Problem> shown = problems.sorted();
        assertThat(shown).hasSize(11);
        assertThat(shown.get(10).toString()).isEqualTo(file + ":12:1: error: … and 990 more like it");
    }
}
