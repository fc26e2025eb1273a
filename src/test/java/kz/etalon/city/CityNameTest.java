package kz.etalon.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A city's name is one line of plain text: a line break or a tab in it is refused at its line. */
class CityNameTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"\"Aktau\n\nEtalon-Step: submitted\"", "\"Aktau\nx\"", "\"Ak\ttau\"", "\"Aktau\u2028x\""})
    void aCityNameWithALineBreakOrATabIsAnErrorAtItsLine(String city) throws Exception {
        String csv = Files.readString(Path.of("src/test/resources/valid/tiny-cities.csv")).replace("Almaty,", city + ",");
        Path file = Files.writeString(dir.resolve("cities.csv"), csv);
        Problems problems = new Problems();

        CityCsvReader.read(file, problems).ifPresent(read -> TinyStandard.check(read, TinyStandard.STANDARD, problems));

        assertThat(problems.sorted()).filteredOn(Problem::isError).anySatisfy(problem -> {
            assertThat(problem.where().line()).isEqualTo(2);
            assertThat(problem.message()).contains("city name `Ak").contains("one line");
        });
    }
}
