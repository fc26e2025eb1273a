package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An --out that cannot be written is the user's to fix: exit 2 and a plain message, never exit 3. */
class OutFileTest {

    @TempDir
    Path dir;

    @Test
    void whenTheOutFolderDoesNotExist_thenItIsABadInputErrorNamingTheFile() {
        Path out = dir.resolve("no-such-folder/results.json");

        CliRun run = CliRun.of("evaluate", "--format", "json", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(out + ": error: cannot write the output", "folder that exists");
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void whenOutNamesAFolder_thenItIsABadInputErrorAndTheFolderIsUntouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("results"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        CliRun run = CliRun.of("evaluate", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the output");
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(folder);
        }
    }
}
