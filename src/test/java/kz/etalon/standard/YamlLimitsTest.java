package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A standard's cost is bounded by its values as well as its bytes; what a name may hold is plain text. */
class YamlLimitsTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private String tiny() throws IOException {
        return Files.readString(StandardValidationTest.VALID.resolve("tiny.yaml"));
    }

    @Test
    @Timeout(20)
    void whenAStandardComesFromADeviceThatNeverEnds_thenReadingStopsAtTheLimit() {
        assertThat(StandardReader.read(Path.of("/dev/zero"), problems)).isEmpty();

        assertThat(problems.sorted()).extracting(Problem::toString)
                .containsExactly("/dev/zero: error: file is larger than 4 MiB; a standard is a few hundred kilobytes at most");
    }

    @Test
    @Timeout(20)
    void whenOneFlowListFillsTheByteLimit_thenItIsRefusedByItsCountOfValues() throws IOException {
        String list = "1," .repeat(1_900_000) + "1";
        Path file = Files.writeString(dir.resolve("long.yaml"), tiny().replace("source: \"test fixture\"", "source: [" + list + "]"));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 6, "more than 100000 values");
    }

    @Test
    void whenAMappingIsUsedAsAKey_thenTheErrorNamesItsLineInEtalonsWords() throws IOException {
        Path file = Files.writeString(dir.resolve("key.yaml"), tiny().replace("source: \"test fixture\"",
                "source: \"test fixture\"\n{a: 1}: 2"));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 7, "a mapping is used as a key; a key is a plain name");
        assertThat(problems.sorted().toString()).doesNotContain("Non scalar key");
    }

    @Test
    void whenANameHoldsAnEscapeWrittenAsAYamlEscape_thenItIsRefusedAtItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("escape.yaml"), tiny().replace("title: {en: \"Tiny test standard\"",
                "title: {en: \"Tiny\\e]0;owned\\a\""));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 5, "holds the control character U+001B");
    }

    @Test
    void whenRulesIsAMapping_thenTheErrorIsPrintedOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("rules.yaml"), tiny().replace("rules: [common]", "rules: {a: common}"));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertThat(problems.sorted()).filteredOn(p -> p.message().contains("`rules`")).hasSize(1);
    }
}
