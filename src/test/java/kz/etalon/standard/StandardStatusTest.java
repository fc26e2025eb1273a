package kz.etalon.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardStatusTest {

    private static final Path STANDARDS = Path.of("standards");

    @TempDir
    Path dir;

    @Test
    void aFileWithoutStatusIsPublishedAndBasedOnNothing() {
        Standard standard = StandardReader.readOrThrow(STANDARDS.resolve("kz-2019.yaml"));
        assertThat(standard.status()).isEqualTo(Status.PUBLISHED);
        assertThat(standard.basedOn()).isEmpty();
    }

    @Test
    void theBundled2026StandardIsADraft() {
        assertThat(StandardReader.readOrThrow(STANDARDS.resolve("kz-2026.yaml")).status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void statusAndBasedOnAreRead() throws Exception {
        Path file = copyWith("year: 2019\nstatus: draft\nbased_on: kz-2018");
        Standard standard = StandardReader.readOrThrow(file);
        assertThat(standard.status()).isEqualTo(Status.DRAFT);
        assertThat(standard.basedOn()).contains("kz-2018");
    }

    @Test
    void anUnknownStatusIsAnErrorOnItsLine() throws Exception {
        Path file = copyWith("year: 2019\nstatus: drafty");
        Problems problems = new Problems();
        StandardReader.read(file, problems);
        assertThat(problems.sorted()).filteredOn(Problem::isError).singleElement().satisfies(problem -> {
            assertThat(problem.message()).contains("`status: drafty`").contains("draft").contains("published");
            assertThat(problem.where().line()).isPositive();
        });
    }

    private Path copyWith(String yearAndMore) throws Exception {
        String text = Files.readString(STANDARDS.resolve("kz-2019.yaml")).replaceFirst("(?m)^year: 2019", yearAndMore);
        Path file = dir.resolve("kz-2019.yaml");
        Files.writeString(file, text);
        return file;
    }
}
