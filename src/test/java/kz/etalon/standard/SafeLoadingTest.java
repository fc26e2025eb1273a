package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML is read with the composer only, and a hostile or broken file fails fast with a clear error:
 * type tags, alias bombs, deep nesting, huge files, huge numbers, other encodings.
 */
class SafeLoadingTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private Optional<Standard> read(String name, String yaml) throws IOException {
        Path file = Files.writeString(dir.resolve(name), yaml);
        return StandardReader.read(file, problems);
    }

    private String tiny() throws IOException {
        return Files.readString(StandardValidationTest.VALID.resolve("tiny.yaml"));
    }

    @Test
    void whenAValueCarriesAJavaTypeTag_thenItIsRefusedAndNothingIsConstructed() throws IOException {
        Path file = dir.resolve("tagged.yaml");
        Files.writeString(file, tiny().replace("source: \"test fixture\"",
                "source: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]"));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 6, "YAML tag `!!javax.script.ScriptEngineManager` is not allowed");
    }

    @Test
    void whenAPlainTagRestatesAType_thenItIsAccepted() throws IOException {
        Optional<Standard> standard = read("tiny.yaml", tiny().replace("source: \"test fixture\"", "source: !!str 2024"));

        assertThat(standard).as(render(problems.sorted())).isPresent();
        assertThat(standard.get().source().in("en")).isEqualTo("2024");
    }

    @Test
    void whenAFileIsABillionLaughsAliasBomb_thenItIsRefusedBeforeExpandingWithAClearError() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }

        read("laughs.yaml", yaml.toString());

        assertThat(render(problems.sorted())).contains("laughs.yaml:", "more than 50 YAML aliases", "billion laughs");
    }

    @Test
    void whenAFewAliasesAreUsed_thenTheyAreAccepted() throws IOException {
        String yaml = tiny().replace("name: {en: Health, ru: Здравоохранение, kk: Денсаулық сақтау}",
                "name: &health {en: Health, ru: Здравоохранение, kk: Денсаулық сақтау}")
                .replace("name: {en: Ecology, ru: Экология, kk: Экология}", "name: *health");

        assertThat(read("tiny.yaml", yaml)).as(render(problems.sorted())).isPresent();
    }

    @Test
    void whenNestingIsDeeperThanAnyStandardNeeds_thenItIsAnErrorNotAStackOverflow() throws IOException {
        String deep = "source: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n";

        read("deep.yaml", deep);

        assertThat(render(problems.sorted())).contains("deep.yaml:1:", "nested more than 20 levels");
    }

    @Test
    void whenBlockNestingIsDeep_thenTheErrorNamesTheLineWhereItGoesTooDeep() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }

        read("block.yaml", yaml.toString());

        assertHasError(problems, dir.resolve("block.yaml"), 21, "nested more than 20 levels");
    }

    @Test
    void whenAFileIsLargerThanFourMebibytes_thenItIsRefusedBeforeParsing() throws IOException {
        String big = "# " + "x".repeat((int) YamlSource.MAX_BYTES) + "\n";

        read("big.yaml", big);

        assertHasError(problems, dir.resolve("big.yaml"), 0, "larger than 4 MiB");
    }

    @Test
    void whenANumberHasAHugeExponent_thenItIsOutOfRangeNotAnOutOfMemoryError() throws IOException {
        Path file = dir.resolve("huge.yaml");
        Files.writeString(file, tiny().replace("scale: 100", "scale: 1e999999999")
                .replace("{min: 21, max: 40,  points: 2}", "{min: 21, max: -1e999999999,  points: 2}"));

        StandardReader.read(file, problems);

        assertHasError(problems, file, 9, "`scale`", "out of range");
        assertHasError(problems, file, 14, "`max`", "out of range");
    }

    @Test
    void whenTheStandardIsWindows1251_thenTheErrorNamesTheFirstLineThatIsNotUtf8AndSaysWhatToDo() throws IOException {
        Path file = dir.resolve("cp1251.yaml");
        Files.write(file, tiny().getBytes(Charset.forName("windows-1251")));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 5, "not UTF-8 text", "save it with encoding UTF-8");
    }

    @Test
    void whenTheStandardIsUtf16_thenTheErrorSaysSoAndWhatToDo() throws IOException {
        Path file = dir.resolve("utf16.yaml");
        Files.write(file, ("\uFEFF" + tiny()).getBytes(StandardCharsets.UTF_16LE));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 0, "UTF-16 text, not UTF-8", "UTF-8");
    }

    @Test
    void whenTheStandardHasAByteOrderMarkAndCrLf_thenItReadsWithTheSameLines() throws IOException {
        Optional<Standard> standard = read("tiny.yaml", "\uFEFF" + tiny().replace("\n", "\r\n"));

        assertThat(standard).as(render(problems.sorted())).isPresent();
        assertThat(standard.get().indicator("hlt.03").orElseThrow().at().line()).isEqualTo(31);
    }

    @Test
    void whenANameLacksALanguage_thenItIsAWarningThatCountsThemOnce() throws IOException {
        Optional<Standard> standard = read("tiny.yaml", tiny()
                .replace(", kk: Денсаулық сақтау}", "}").replace(", kk: Экология}", "}"));

        assertThat(standard).isPresent();
        assertThat(problems.hasErrors()).isFalse();
        assertThat(render(problems.warnings())).contains("tiny.yaml:27:", "2 names lack `kk` text");
    }

    @Test
    void whenAControlCharacterIsInTheFile_thenTheErrorNamesItsLineAndColumn() throws IOException {
        Path file = dir.resolve("control.yaml");
        Files.writeString(file, tiny().replace("source: \"test fixture\"", "source: \"test\u0001fixture\""));

        assertThat(StandardReader.read(file, problems)).isEmpty();

        assertHasError(problems, file, 6, "U+0001 is not allowed in YAML");
        assertThat(problems.sorted().get(0).where().column()).isEqualTo(14);
    }

    @Test
    void whenTheFileIsEmpty_thenTheErrorSaysHowAStandardStarts() throws IOException {
        read("empty.yaml", "");

        assertHasError(problems, dir.resolve("empty.yaml"), 0, "the file is empty", "schema: etalon/v1");
    }
}
