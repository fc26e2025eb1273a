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

/** A band's colour goes into a style attribute of pages and reports: the reader takes `#rrggbb` and nothing else. */
class BandColourTest {

    @TempDir
    Path dir;

    private Problems problems;

    private List<Problem> read(String colour) throws IOException {
        Path file = dir.resolve("colours-2030.yaml");
        Files.writeString(file, """
                schema: etalon/v2
                id: colours-2030
                year: 2030
                title: {en: Colours, ru: Цвета, kk: Түстер}
                rules: [common]
                bands:
                  t:
                    bounds: exact
                    steps:
                      - {below: 50, points: 1}
                      - {from: 50, points: 2, colour: %s}
                indicators:
                  - {id: a, method: share, bands: t, name: {en: A, ru: А, kk: А}}
                classifications:
                  - id: c
                    nodes:
                      - {id: n, indicators: [a], name: {en: N, ru: Н, kk: Н}}
                """.formatted(colour));
        problems = new Problems();
        StandardReader.read(file, problems);
        return problems.sorted().stream().filter(Problem::isError).toList();
    }

    @Test
    void aColourAsHashAndSixHexDigitsIsRead() throws IOException {
        assertThat(read("\"#2B6cb0\"")).as(render(problems.sorted())).isEmpty();
    }

    @Test
    void anythingElseInAColourIsAnErrorAtItsLineSayingHowToWriteOne() throws IOException {
        for (String colour : List.of("\"red\"", "\"#2b6cb0; background: url(https://example.org/x)\"",
                "'#2b6cb0\" onmouseover=\"alert(1)'", "\"#fff\"", "\"#2b6cb0</style>\"")) {
            List<Problem> errors = read(colour);

            assertThat(errors).as(colour).singleElement().satisfies(problem -> {
                assertThat(problem.message()).contains("band 2 has colour", "write a colour as `#rrggbb`");
                assertThat(problem.where().file().getFileName()).hasToString("colours-2030.yaml");
                assertThat(problem.where().line()).isEqualTo(11);
            });
        }
    }
}
