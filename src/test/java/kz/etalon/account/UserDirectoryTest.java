package kz.etalon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserDirectoryTest {

    private static final char[] PASSWORD = "a long enough secret".toCharArray();

    @TempDir
    Path home;

    private Path file() {
        return UserDirectory.defaultFile(home);
    }

    @Test
    void theUsersFileIsDotEtalonUsersInTheWorkspace() {
        assertThat(UserDirectory.defaultFile(Path.of("/srv/etalon"))).isEqualTo(Path.of("/srv/etalon/.etalon/users"));
    }

    @Test
    void aMissingFileIsNoUsers_andNothingIsCreatedByReadingIt() {
        UserDirectory users = UserDirectory.open(file());

        assertThat(users.isEmpty()).isTrue();
        assertThat(users.list()).isEmpty();
        assertThat(users.find("anyone")).isEmpty();
        assertThat(users.verify("anyone", PASSWORD)).isEmpty();
        assertThat(home.resolve(".etalon")).doesNotExist();
    }

    @Test
    void anAddedUserIsFound_andVerifiedWithItsPasswordOnly() {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.of("Aktau"), PASSWORD);

        Account aigul = new Account("aigul", Role.ANALYST, Optional.of("Aktau"));
        assertThat(users.isEmpty()).isFalse();
        assertThat(users.find("aigul")).contains(aigul);
        assertThat(users.find("AIGUL")).as("names without case").contains(aigul);
        assertThat(users.verify("aigul", PASSWORD)).contains(aigul);
        assertThat(users.verify("aigul", "a long enough secreT".toCharArray())).isEmpty();
        assertThat(users.verify("nobody", PASSWORD)).isEmpty();
        assertThat(users.verify(null, PASSWORD)).isEmpty();
        assertThat(PASSWORD).as("the caller's array is left alone").containsExactly("a long enough secret".toCharArray());
    }

    @Test
    void theFileHoldsOneLineAUser_nameRoleCityHash_andNoPassword() throws IOException {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.of("Aktau"), PASSWORD);
        users.add("ministry", Role.ADMIN, Optional.empty(), PASSWORD);

        String text = Files.readString(file());
        List<String> lines = text.lines().filter(line -> !line.startsWith("#")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("aigul:analyst:Aktau:\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[^:]+");
        assertThat(lines.get(1)).startsWith("ministry:admin::$argon2id$");
        assertThat(text).doesNotContain("a long enough secret");
    }

    @Test
    void aNameIsTakenOnce_inAnyCase() {
        UserDirectory users = UserDirectory.open(file());
        users.add("Aigul", Role.ANALYST, Optional.empty(), PASSWORD);

        assertThatThrownBy(() -> users.add("aigul", Role.VIEWER, Optional.empty(), PASSWORD))
                .isInstanceOf(InputException.class).hasMessageContaining("`Aigul` already exists");
        assertThat(users.list()).extracting(Account::role).containsExactly(Role.ANALYST);
    }

    @Test
    void aNewPasswordReplacesTheOld_andTheRoleAndCityStay() {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.EDITOR, Optional.of("Aktau"), PASSWORD);
        char[] fresh = "another long secret".toCharArray();

        users.setPassword("AIGUL", fresh);

        assertThat(users.verify("aigul", PASSWORD)).isEmpty();
        assertThat(users.verify("aigul", fresh)).contains(new Account("aigul", Role.EDITOR, Optional.of("Aktau")));
        assertThatThrownBy(() -> users.setPassword("nobody", fresh)).isInstanceOf(InputException.class)
                .hasMessageContaining("no user `nobody`");
    }

    @Test
    void aRemovedUserIsGone_andRemovingAnUnknownOneIsAnError() {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        users.add("berik", Role.VIEWER, Optional.empty(), PASSWORD);

        users.remove("aigul");

        assertThat(users.find("aigul")).isEmpty();
        assertThat(users.verify("aigul", PASSWORD)).isEmpty();
        assertThat(users.list()).extracting(Account::name).containsExactly("berik");
        assertThatThrownBy(() -> users.remove("aigul")).isInstanceOf(InputException.class).hasMessageContaining("no user `aigul`");
    }

    @Test
    void theListIsSortedByName_inAnyScript() {
        UserDirectory users = UserDirectory.open(file());
        for (String name : List.of("zarina", "Әлия", "berik", "Айгуль", "arman")) {
            users.add(name, Role.VIEWER, Optional.empty(), PASSWORD);
        }

        assertThat(users.list()).extracting(Account::name).containsExactly("arman", "berik", "zarina", "Айгуль", "Әлия");
    }

    @Test
    void badNamesCitiesAndShortPasswordsAreRefused_andNothingIsWritten() {
        UserDirectory users = UserDirectory.open(file());

        for (String name : List.of("", "two words", "a:b", "x".repeat(65), "semi;colon", "slash/name")) {
            assertThatThrownBy(() -> users.add(name, Role.VIEWER, Optional.empty(), PASSWORD)).as(name)
                    .isInstanceOf(InputException.class).hasMessageContaining("not allowed");
        }
        assertThatThrownBy(() -> users.add("aigul", Role.VIEWER, Optional.of("Ak:tau"), PASSWORD))
                .isInstanceOf(InputException.class).hasMessageContaining("no `:`");
        assertThatThrownBy(() -> users.add("aigul", Role.VIEWER, Optional.empty(), "nine char".toCharArray()))
                .isInstanceOf(InputException.class).hasMessageContaining("shorter than 10");
        assertThat(file()).doesNotExist();

        users.add("x".repeat(64), Role.VIEWER, Optional.of("Нур-Султан"), PASSWORD);
        users.add("ә.қ_1-2", Role.VIEWER, Optional.of("Ust Kamenogorsk"), PASSWORD);
        assertThat(users.list()).hasSize(2);
    }

    @Test
    void aMalformedFileIsRefusedWithEveryBadLineNamed() throws IOException {
        String good = PasswordHash.hash(PASSWORD);
        Files.createDirectories(file().getParent());
        Files.writeString(file(), String.join("\n",
                "# users",
                "aigul:analyst:Aktau:" + good,
                "berik:root::" + good,
                "just a line",
                "",
                "cara:viewer::plaintext",
                "AIGUL:viewer::" + good) + "\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UserDirectory.open(file())).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.problems()).extracting(problem -> problem.where().toString())
                    .containsExactly(file() + ":3", file() + ":4", file() + ":6", file() + ":7");
            assertThat(e.problems()).extracting(Problem::message).satisfiesExactly(
                    m -> assertThat(m).contains("unknown role `root`", "viewer, analyst, editor, admin"),
                    m -> assertThat(m).contains("expected name:role:city:hash"),
                    m -> assertThat(m).contains("not an Argon2id hash"),
                    m -> assertThat(m).contains("already on line 2"));
        });
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLine() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] latin1 = ("# users\nal\u00efa:viewer::" + PasswordHash.hash(PASSWORD) + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);

        assertThatThrownBy(() -> UserDirectory.open(file())).isInstanceOf(InputException.class)
                .hasMessageContaining(file() + ":2").hasMessageContaining("not UTF-8");
    }

    @Test
    void commentsAndBlankLinesStayWhenUsersChange() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# akimat of Aktau\n\naigul:analyst:Aktau:" + PasswordHash.hash(PASSWORD) + "\n# ministry\n");
        UserDirectory users = UserDirectory.open(file());

        users.add("berik", Role.VIEWER, Optional.empty(), PASSWORD);
        users.remove("aigul");

        assertThat(Files.readAllLines(file())).startsWith("# akimat of Aktau", "", "# ministry")
                .last().asString().startsWith("berik:viewer::");
    }

    @Test
    void aChangeOnDiskIsSeenWithoutReopening() throws IOException {
        UserDirectory server = UserDirectory.open(file());
        assertThat(server.isEmpty()).isTrue();

        UserDirectory.open(file()).add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        assertThat(server.find("aigul")).isPresent();
        assertThat(server.verify("aigul", PASSWORD)).isPresent();

        String edited = Files.readString(file()).replace("aigul:analyst:", "aigul:viewer:");
        Files.writeString(file(), edited);
        assertThat(server.find("aigul")).map(Account::role).contains(Role.VIEWER);

        Files.delete(file());
        assertThat(server.isEmpty()).isTrue();
    }

    @Test
    void aFileMadeMalformedWhileOpenIsReportedOnTheNextLookUp() throws IOException {
        UserDirectory server = UserDirectory.open(file());
        server.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);

        Files.writeString(file(), "aigul:analyst\n");

        assertThatThrownBy(() -> server.find("aigul")).isInstanceOf(InputException.class).hasMessageContaining(file() + ":1");
    }

    @Test
    void theFileAndItsFolderAreForTheirOwnerOnly() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        UserDirectory.open(file()).add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().resolveSibling("users.lock"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFileMadeByHandForOthersToReadIsOwnerOnlyAfterTheNextChange() throws IOException {
        assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).contains("posix");
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "# users\n");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r--r--"));

        UserDirectory.open(file()).add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aWriteLeavesNoTemporaryFileBehind() throws IOException {
        UserDirectory users = UserDirectory.open(file());
        users.add("aigul", Role.ANALYST, Optional.empty(), PASSWORD);
        users.setPassword("aigul", "another long secret".toCharArray());
        users.remove("aigul");

        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("users", "users.lock");
        }
    }

    @Test
    void threadsAddingAtOnceLoseNobody() throws Exception {
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> added = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                String name = "user" + t;
                // each thread its own directory, as separate requests or commands would have
                added.add(pool.submit(() -> {
                    start.await();
                    UserDirectory.open(file()).add(name, Role.VIEWER, Optional.empty(), PASSWORD);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : added) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(UserDirectory.open(file()).list()).extracting(Account::name)
                .containsExactly("user0", "user1", "user2", "user3", "user4", "user5");
    }

    @Test
    void processesAddingAtOnceLoseNobody() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("a", "b", "c")) {
            processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AddUsers.class.getName(),
                    file().toString(), prefix, "4").redirectErrorStream(true).redirectOutput(home.resolve(prefix + ".log").toFile())
                    .start());
        }
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(Files.readString(home.resolve("a.log"))).isZero();
        }

        assertThat(UserDirectory.open(file()).list()).extracting(Account::name).containsExactly(
                "a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3", "c0", "c1", "c2", "c3");
    }

    /** One process of {@link #processesAddingAtOnceLoseNobody}: adds {@code <prefix>0} ... to the users file. */
    static final class AddUsers {
        public static void main(String[] args) {
            UserDirectory users = UserDirectory.open(new File(args[0]).toPath());
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                users.add(args[1] + i, Role.VIEWER, Optional.empty(), PASSWORD);
            }
        }
    }
}
