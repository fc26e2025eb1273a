package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.history.Author;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndRestoreTest {

    private static final Author ANNA = Author.named("anna");
    private static final Author BOLAT = Author.named("bolat");
    private static final Messages EN = Messages.of("en");

    @Test
    void aRestoreIntoAnEmptyFolderBringsBackEveryVersionTagDataSetUserAndOwnFile(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Etalon app = CopiedWorkspace.app(home);
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        app.save("kz-2027", draft.text().replace("year: 2027", "year: 2028"), draft.version(), ANNA, "a year later");
        app.submit("kz-2027", ANNA, "ready");
        app.approve("kz-2027", BOLAT, "fine", app.standardText("kz-2027").version());
        app.submit(app.newDraft("kz-2027", "kz-2028", 2028, ANNA).id(), ANNA, "next year's");
        Path upload = home.resolve("data").resolve("aktau-2027.csv");
        Files.copy(home.resolve("data").resolve("kz-2019-cities.csv"), upload);
        app.commitFiles(ANNA, "Aktau's data for 2027", List.of(upload));
        UserDirectory users = UserDirectory.open(UserDirectory.defaultFile(home));
        users.add("aigul", Role.ANALYST, Optional.of("Aktau"), "password-aigul".toCharArray());
        users.add("ministry", Role.ADMIN, Optional.empty(), "password-ministry".toCharArray());
        Path auditLog = home.resolve(".etalon").resolve("audit.log");
        Files.writeString(auditLog, "{\"what\":\"login\",\"user\":\"aigul\"}\n{\"what\":\"save\",\"user\":\"anna\"}\n");
        Files.createDirectories(home.resolve(".etalon").resolve("scratch"));
        Files.writeString(home.resolve(".etalon").resolve("scratch").resolve("left-over.yaml"), "a copy remade as needed");

        Backups.Written written = app.backup(dir.resolve("workspace.zip"), EN);
        Path restored = dir.resolve("restored");
        BackupRestore.Restored back = Etalon.restoreBackup(dir.resolve("workspace.zip"), restored, EN);

        assertThat(back.head()).isEqualTo(written.head());
        assertThat(back.etalonVersion()).isEqualTo(Release.version());
        assertThat(commits(restored)).isEqualTo(commits(home));
        assertThat(tags(home)).as("approving published and tagged kz-2027").isNotEmpty();
        assertThat(tags(restored)).isEqualTo(tags(home));
        Etalon again = CopiedWorkspace.app(restored);
        assertThat(again.history("kz-2027")).extracting(version -> version.commit().id())
                .isEqualTo(app.history("kz-2027").stream().map(version -> version.commit().id()).toList());
        assertThat(again.standardText("kz-2027").text()).isEqualTo(app.standardText("kz-2027").text());
        assertThat(again.awaitingReview()).extracting(StandardText::id).containsExactly("kz-2028");
        assertThat(again.workspace().standards()).isEqualTo(app.workspace().standards());
        assertThat(names(again.workspace().dataSets())).isEqualTo(names(app.workspace().dataSets()));
        assertThat(Files.readString(restored.resolve("data/aktau-2027.csv"))).isEqualTo(Files.readString(upload));
        UserDirectory restoredUsers = UserDirectory.open(UserDirectory.defaultFile(restored));
        assertThat(restoredUsers.list()).extracting(Account::name, Account::role, Account::city)
                .containsExactlyElementsOf(users.list().stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.name(), a.role(), a.city())).toList());
        assertThat(restoredUsers.verify("aigul", "password-aigul".toCharArray())).isPresent();
        assertThat(Files.readString(restored.resolve(".etalon/audit.log"))).isEqualTo(Files.readString(auditLog));
        assertThat(restored.resolve(".etalon/scratch")).doesNotExist();
        assertThat(Files.readString(restored.resolve(".etalon/format")).strip()).isEqualTo(String.valueOf(WorkspaceFormat.CURRENT));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.resolve(".etalon/users"))))
                .isEqualTo("rw-------");
        try (Git git = Git.open(restored.toFile())) {
            assertThat(git.status().call().isClean()).as("the work tree is the newest commit's").isTrue();
            assertThat(git.getRepository().getConfig().getSubsections("remote")).as("no remote left behind").isEmpty();
        }
        assertThat(Health.of(again.workspace()).usable()).isTrue();
    }

    @Test
    void aBackupTakenWhileSavesRunRestoresWhole(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Etalon app = CopiedWorkspace.app(home);
        app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch someSaved = new CountDownLatch(3);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread saver = new Thread(() -> {
            try {
                for (int i = 0; !stop.get(); i++) {
                    StandardText current = app.standardText("kz-2027");
                    String text = current.text().replaceFirst("(?m)^year: \\d+", "year: " + (2028 + i % 20));
                    app.save("kz-2027", text, current.version(), ANNA, "save " + i);
                    someSaved.countDown();
                }
            } catch (Throwable e) {
                failed.set(e);
                someSaved.countDown();
                someSaved.countDown();
                someSaved.countDown();
            }
        }, "saver");
        saver.start();
        Backups.Written written;
        try {
            assertThat(someSaved.await(5, TimeUnit.MINUTES)).isTrue();
            written = app.backup(dir.resolve("during.zip"), EN);
        } finally {
            stop.set(true);
            saver.join();
        }
        assertThat(failed.get()).isNull();

        Path restored = dir.resolve("restored");
        Etalon.restoreBackup(dir.resolve("during.zip"), restored, EN);

        try (Git git = Git.open(restored.toFile())) {
            Repository repository = git.getRepository();
            assertThat(repository.resolve(Constants.HEAD).getName()).isEqualTo(written.head());
            try (ObjectWalk walk = new ObjectWalk(repository)) {
                for (Ref ref : repository.getRefDatabase().getRefs()) {
                    walk.markStart(walk.parseCommit(ref.getObjectId()));   // a tag's commit, for a tag
                }
                walk.checkConnectivity();   // every commit, tree and file of the history is there
            }
            assertThat(git.status().call().isClean()).isTrue();
        }
        try (Git original = Git.open(home.toFile())) {
            assertThat(original.getRepository().parseCommit(original.getRepository().resolve(written.head()))).isNotNull();
        }
        assertThat(Health.of(CopiedWorkspace.app(restored).workspace()).usable()).isTrue();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItIs(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        CopiedWorkspace.app(home).backup(dir.resolve("b.zip"), EN);
        Path occupied = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> Etalon.restoreBackup(dir.resolve("b.zip"), occupied, EN))
                .isInstanceOf(InputException.class).hasMessageContaining("not empty");

        try (var files = Files.list(occupied)) {
            assertThat(files.map(path -> path.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void anArchiveThatIsNotABackupOrOfANewerWorkspaceIsRefusedAndNothingIsLeft(@TempDir Path dir) throws Exception {
        Path strange = dir.resolve("strange.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(strange))) {
            zip.putNextEntry(new ZipEntry("../../escape.txt"));
            zip.write("x".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Etalon.restoreBackup(strange, dir.resolve("a"), EN))
                .isInstanceOf(InputException.class).hasMessageContaining("../../escape.txt");
        assertThat(dir.resolve("a")).doesNotExist();
        assertThat(dir.getParent().resolve("escape.txt")).doesNotExist();

        Path newer = dir.resolve("newer.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(newer))) {
            zip.putNextEntry(new ZipEntry(Backups.MANIFEST));
            zip.write(("archive.format=1\netalon.version=9.0.0\nworkspace.format=" + (WorkspaceFormat.CURRENT + 1)
                    + "\nhead=refs/heads/main\n").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(Backups.BUNDLE));
            zip.write("not read".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Etalon.restoreBackup(newer, dir.resolve("b"), EN))
                .isInstanceOf(InputException.class).hasMessageContaining("newer than this Etalon reads")
                .hasMessageContaining("9.0.0");
        assertThat(dir.resolve("b")).doesNotExist();
    }

    @Test
    void aWorkspaceOfANewerFormatIsRefusedAndOneWithoutAFormatGetsTodays(@TempDir Path dir) throws Exception {
        Path home = CopiedWorkspace.in(dir);
        assertThat(WorkspaceFormat.checkOrUpgrade(home, EN)).isEqualTo(WorkspaceFormat.CURRENT);
        assertThat(Files.readString(home.resolve(".etalon/format")).strip()).isEqualTo("1");

        Files.writeString(home.resolve(".etalon/format"), (WorkspaceFormat.CURRENT + 1) + "\n");
        assertThatThrownBy(() -> WorkspaceFormat.checkOrUpgrade(home, EN)).isInstanceOf(InputException.class)
                .hasMessageContaining(".etalon/format:1").hasMessageContaining("upgrade Etalon");
        Files.writeString(home.resolve(".etalon/format"), "one\n");
        assertThatThrownBy(() -> WorkspaceFormat.checkOrUpgrade(home, EN)).isInstanceOf(InputException.class)
                .hasMessageContaining("`one` is not a workspace format");
    }

    private static List<String> commits(Path home) throws Exception {
        try (Git git = Git.open(home.toFile())) {
            List<String> ids = new ArrayList<>();
            git.log().all().call().forEach(commit -> ids.add(commit.getName()));
            return ids;
        }
    }

    private static List<String> tags(Path home) throws Exception {
        try (Git git = Git.open(home.toFile())) {
            return git.tagList().call().stream().map(ref -> ref.getName() + " " + ref.getObjectId().getName()).toList();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(file -> file.getFileName().toString()).toList();
    }
}
