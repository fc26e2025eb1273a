package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ends of an exact band: `from:` holds its value, `above:` leaves it to the band before, `below:` leaves
 * it to the next, `through:` holds it; every value must have exactly one band.
 */
class ExactBandsTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    /** A standard of one indicator whose band table `t` has these bounds and steps. */
    private Path standard(String bounds, String... steps) throws IOException {
        Path file = dir.resolve("bands-2030.yaml");
        Files.writeString(file, """
                schema: etalon/v2
                id: bands-2030
                year: 2030
                title: {en: Bands, ru: Полосы, kk: Жолақтар}
                rules: [common]
                bands:
                  t:
                    bounds: %s
                    steps:
                """.formatted(bounds) + String.join("\n", java.util.Arrays.stream(steps).map(s -> "      - " + s).toList()) + """

                indicators:
                  - {id: a, method: share, bands: t, name: {en: A, ru: А, kk: А}}
                classifications:
                  - id: c
                    nodes:
                      - {id: n, indicators: [a], name: {en: N, ru: Н, kk: Н}}
                """);
        return file;
    }

    private List<Problem> read(String... steps) throws IOException {
        StandardReader.read(standard("exact", steps), problems);
        return problems.sorted().stream().filter(Problem::isError).toList();
    }

    @Test
    void aBandThroughAValueAndTheNextAboveItCoverEveryValueOnce() throws IOException {
        List<Problem> errors = read("{below: 66, points: 2}", "{from: 66, through: 95, points: 3}", "{above: 95, points: 4}");

        assertThat(errors).as(render(problems.sorted())).isEmpty();
    }

    @Test
    void aValueHeldByTwoBandsIsAnErrorAtTheBandBeforeSayingToStartTheNextAboveIt() throws IOException {
        List<Problem> errors = read("{below: 66, points: 2}", "{from: 66, through: 95, points: 3}", "{from: 95, points: 4}");

        assertThat(errors).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("95 is held by this band (`through:`) and by the next", "write `above: 95`");
            assertThat(problem.where().line()).isEqualTo(11);
        });
    }

    @Test
    void aValueHeldByNoBandIsAnErrorSayingToStartTheNextFromIt() throws IOException {
        List<Problem> errors = read("{below: 66, points: 2}", "{from: 66, below: 95, points: 3}", "{above: 95, points: 4}");

        assertThat(errors).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("95 is held by no band", "write `from: 95`"));
    }

    @Test
    void aBandStartingBothFromAndAboveAValueIsAnError() throws IOException {
        List<Problem> errors = read("{below: 66, points: 2}", "{from: 66, above: 66, points: 3}");

        assertThat(errors).extracting(Problem::message).anySatisfy(message ->
                assertThat(message).contains("either `from:`", "or `above:`", "not both"));
    }

    @Test
    void aboveAndThroughAreRefusedInARoundedTable() throws IOException {
        StandardReader.read(standard("rounded", "{min: 0, max: 50, points: 1}", "{min: 51, max: 100, through: 100, points: 2}"),
                problems);

        assertThat(problems.sorted()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("`through:` is for a table with `bounds: exact`");
            assertThat(problem.where().line()).isEqualTo(11);
        });
    }
}
