package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.app.CopiedWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupCommandTest {

    @Test
    void backupThenRestoreIntoANewFolderSaysWhatItDidAndTheRestoredWorkspaceEvaluates(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Path archive = dir.resolve("etalon.zip");

        CliRun backup = CliRun.of("backup", "--workspace", home.toString(), "--out", archive.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up `" + home + "` into `" + archive + "`: the history up to commit ")
                .contains("file(s) of .etalon/ (`format`)");
        assertThat(archive).isRegularFile();

        Path restored = dir.resolve("restored");
        CliRun restore = CliRun.of("restore", archive.toString(), "--workspace", restored.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored `" + archive + "` into `" + restored + "`")
                .contains("Serve it with `./etalon serve --workspace " + restored + "`");
        CliRun evaluate = CliRun.in(restored, "evaluate");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).isEqualTo(CliRun.in(home, "evaluate").out().replace(home.toString(), restored.toString()));
    }

    @Test
    void restoreIntoAFolderThatIsNotEmptyExitsWith2SayingWhatToDoInTheReadersLanguage(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Path archive = dir.resolve("etalon.zip");
        assertThat(CliRun.of("backup", "--workspace", home.toString(), "--out", archive.toString()).exitCode()).isZero();

        CliRun restore = CliRun.of("restore", archive.toString(), "--workspace", home.toString(), "--lang", "ru");

        assertThat(restore.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(restore.err()).contains(home.toString()).contains("папка не пуста").contains("--workspace")
                .doesNotContain("Exception");
        assertThat(Files.exists(home.resolve("standards/kz-2019.yaml"))).isTrue();
    }

    @Test
    void backupOfAFolderWithoutStandardsExitsWith2(@TempDir Path dir) {
        CliRun backup = CliRun.of("backup", "--workspace", dir.toString(), "--out", dir.resolve("x.zip").toString());

        assertThat(backup.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(backup.err()).contains("no standards/ folder here");
        assertThat(dir.resolve("x.zip")).doesNotExist();
    }
}
