package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a result: whole or not at all, never over an input, through devices and links, with the usual permissions. */
class OutputFileTest {

    @TempDir
    Path dir;

    @Test
    void whenTheFolderIsMissing_thenItIsTheUsersProblemBeforeAnyWork() {
        Path target = dir.resolve("no/such/x.txt");

        assertThatThrownBy(() -> OutputFile.check(target, List.of())).isInstanceOf(InputException.class)
                .hasMessageContaining("there is no folder " + dir.resolve("no/such")).hasMessageContaining("mkdir -p");
    }

    @Test
    void whenTheTargetIsOneOfTheInputs_thenItIsRefusedAndTheInputKept() throws Exception {
        Path cities = Files.writeString(dir.resolve("c.csv"), "city,indicator,value\n");

        assertThatThrownBy(() -> OutputFile.check(dir.resolve("./c.csv"), List.of(cities))).isInstanceOf(InputException.class)
                .hasMessageContaining("it is one of the inputs").hasMessageContaining("give --out another file name");
        assertThat(Files.readString(cities)).isEqualTo("city,indicator,value\n");
    }

    @Test
    void whenTheFolderIsReadOnly_thenItSaysSo() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(folder)) {
                return;   // run as root, for whom nothing is read-only: the check has nothing to refuse
            }
            assertThatThrownBy(() -> OutputFile.check(folder.resolve("x.txt"), List.of())).isInstanceOf(InputException.class)
                    .hasMessageContaining("is read-only for you");
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAnOverwrittenOneKeepsItsOwn() throws Exception {
        Path fresh = dir.resolve("fresh.txt");
        Path umaskProbe = Files.createFile(dir.resolve("probe"));
        OutputFile.check(fresh, List.of()).write("new");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(umaskProbe));

        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        OutputFile.check(shared, List.of()).write("new");
        assertThat(Files.readString(shared)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aLinkIsKeptAndTheFileItPointsToIsReplaced() throws Exception {
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);

        OutputFile.check(link, List.of()).write("new");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void aDeviceIsWrittenIntoNotReplaced() {
        OutputFile.check(Path.of("/dev/null"), List.of()).write("anything");

        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void whenTheDiskIsFull_thenItIsTheUsersProblem() {
        assertThatThrownBy(() -> OutputFile.check(Path.of("/dev/full"), List.of()).write("x".repeat(10_000)))
                .isInstanceOf(InputException.class).hasMessageContaining("the disk is full");
    }

    @Test
    void theNextWriteRemovesTheTemporaryFilesOfKilledRunsButNotOtherFiles() throws Exception {
        Path target = dir.resolve("results.json");
        long deadPid = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1) + 1000;
        Path killedRun = Files.writeString(dir.resolve(OutputFile.temporaryName("results.json", deadPid)), "half");
        Path olderVersion = Files.writeString(dir.resolve(".results.json8471102339457719412.tmp"), "half");
        Path someoneElses = Files.writeString(dir.resolve(".results.json.backup.tmp"), "keep");
        Files.setLastModifiedTime(killedRun, FileTime.fromMillis(0));

        OutputFile.check(target, List.of()).write("{}");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(target, someoneElses);
        }
        assertThat(olderVersion).doesNotExist();
    }
}
