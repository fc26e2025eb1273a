package kz.etalon.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .etalon/ holds the users file, the lock and copies of drafts: no one but its owner may open it (README, Accounts). */
class PrivateFolderTest {

    @TempDir
    Path home;

    @Test
    void theFirstWriteOfAWorkspaceMakesEtalonOwnerOnly_andTheLockFileToo() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            repository.locked(() -> "held");
        }

        assertThat(mode(home.resolve(".etalon"))).isEqualTo("rwx------");
        assertThat(mode(home.resolve(".etalon/workspace.lock"))).isEqualTo("rw-------");
    }

    @Test
    void aFolderMadeInItIsOwnerOnly() throws Exception {
        Path scratch = PrivateFolder.in(home, "scratch");

        assertThat(mode(home.resolve(".etalon"))).isEqualTo("rwx------");
        assertThat(mode(scratch)).isEqualTo("rwx------");
    }

    @Test
    void anEtalonFolderOthersCouldReadIsClosedWhenTheWorkspaceIsNextLocked() throws Exception {
        Files.createDirectory(home.resolve(".etalon"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(home.resolve(".etalon"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("a.yaml"), "a\n");

        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            repository.locked(() -> "held");
        }

        assertThat(mode(home.resolve(".etalon"))).isEqualTo("rwx------");
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
