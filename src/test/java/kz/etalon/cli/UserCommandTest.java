package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path workspace;

    private Path usersFile() {
        return workspace.resolve(".etalon").resolve("users");
    }

    /** {@code ./etalon user ARGS --workspace <temp>} with {@code stdin} as standard input. */
    private CliRun user(String stdin, String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "user";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--workspace";
        full[args.length + 2] = workspace.toString();
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.of(full);
            assertThat(run.hasStackTrace()).as(run.err()).isFalse();
            return run;
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void addedUsersAreListedWithRoleAndCity_neverWithTheirHash() {
        CliRun added = user(PASSWORD + "\n", "add", "aigul", "--role", "analyst", "--city", "Aktau", "--password-stdin");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("Added user aigul (analyst, uploads for Aktau only) to `" + usersFile() + "`");
        assertThat(user(PASSWORD + "\n", "add", "ministry", "--role", "ADMIN", "--password-stdin").exitCode()).isZero();

        CliRun list = user("", "list");

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("""
                User      Role     City   State
                aigul     analyst  Aktau  –
                ministry  admin    –      –
                """);
        assertThat(list.out() + list.err()).doesNotContain("argon2", "$", PASSWORD);
    }

    @Test
    void theStoredPasswordIsTheOneGivenOnStandardInput_withoutItsLineEnd() {
        assertThat(user(PASSWORD + "\r\nnext line\n", "add", "aigul", "--role", "viewer", "--password-stdin").exitCode()).isZero();

        UserDirectory users = UserDirectory.open(usersFile());
        assertThat(users.verify("aigul", PASSWORD.toCharArray())).contains(new Account("aigul", Role.VIEWER, Optional.empty()));
        assertThat(users.verify("aigul", (PASSWORD + "\r").toCharArray())).isEmpty();
    }

    @Test
    void passwdChangesThePassword_andKeepsTheRole() {
        user(PASSWORD + "\n", "add", "aigul", "--role", "editor", "--password-stdin");

        CliRun changed = user("another long secret\n", "passwd", "AIGUL", "--password-stdin");

        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.out()).contains("New password of aigul saved");
        UserDirectory users = UserDirectory.open(usersFile());
        assertThat(users.verify("aigul", PASSWORD.toCharArray())).isEmpty();
        assertThat(users.verify("aigul", "another long secret".toCharArray())).map(Account::role).contains(Role.EDITOR);
    }

    @Test
    void removeTakesTheUserOut() {
        user(PASSWORD + "\n", "add", "aigul", "--role", "viewer", "--password-stdin");

        CliRun removed = user("", "remove", "aigul");

        assertThat(removed.exitCode()).isZero();
        assertThat(removed.out()).contains("Removed user aigul");
        assertThat(user("", "list").out()).startsWith("No users in `" + usersFile() + "`");
    }

    @Test
    void aDuplicateNameIsRefusedWithExitTwo_andTheFileIsUntouched() throws IOException {
        user(PASSWORD + "\n", "add", "aigul", "--role", "viewer", "--password-stdin");
        String before = Files.readString(usersFile());

        CliRun again = user(PASSWORD + "\n", "add", "Aigul", "--role", "admin", "--password-stdin");

        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(usersFile() + ": error: user aigul already exists", "./etalon user passwd aigul");
        assertThat(Files.readString(usersFile())).isEqualTo(before);
    }

    @Test
    void anUnknownUserIsRefusedWithExitTwo() {
        CliRun passwd = user(PASSWORD + "\n", "passwd", "nobody", "--password-stdin");
        CliRun remove = user("", "remove", "nobody");

        assertThat(passwd.exitCode()).isEqualTo(2);
        assertThat(passwd.err()).contains("there is no user nobody", "./etalon user list");
        assertThat(remove.exitCode()).isEqualTo(2);
        assertThat(remove.err()).contains("there is no user nobody");
    }

    @Test
    void aShortOrMissingPasswordIsRefused_andNoFileIsMade() {
        CliRun shortOne = user("nine char\n", "add", "aigul", "--role", "viewer", "--password-stdin");
        CliRun none = user("", "add", "aigul", "--role", "viewer", "--password-stdin");

        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("shorter than 10 characters");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no password was given");
        assertThat(usersFile()).doesNotExist();
    }

    @Test
    void withoutAConsoleAndWithoutPasswordStdinTheCommandSaysWhatToDo() {
        assumeThat(System.console()).as("a test run has no console").isNull();

        CliRun run = user(PASSWORD + "\n", "add", "aigul", "--role", "viewer");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("there is no console to ask for the password", "`--password-stdin`");
        assertThat(usersFile()).doesNotExist();
    }

    @Test
    void anUnknownRoleOrABadNameIsAUsageErrorThatSaysWhatIsAllowed() {
        CliRun role = user(PASSWORD + "\n", "add", "aigul", "--role", "root", "--password-stdin");
        CliRun name = user(PASSWORD + "\n", "add", "two words", "--role", "viewer", "--password-stdin");
        CliRun city = user(PASSWORD + "\n", "add", "aigul", "--role", "viewer", "--city", "Ak:tau", "--password-stdin");

        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("viewer, analyst, editor, admin");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).contains("letters, digits");
        assertThat(city.exitCode()).isEqualTo(2);
        assertThat(city.err()).contains("no `:`");
        assertThat(usersFile()).doesNotExist();
    }

    @Test
    void aMalformedUsersFileIsReportedWithItsLine() throws IOException {
        Files.createDirectories(usersFile().getParent());
        Files.writeString(usersFile(), "# users\naigul:analyst\n");

        CliRun list = user("", "list");

        assertThat(list.exitCode()).isEqualTo(2);
        assertThat(list.err()).contains(usersFile() + ":2: error: expected name:role:city:hash");
    }

    @Test
    void theListSpeaksTheReadersLanguage() {
        user(PASSWORD + "\n", "add", "aigul", "--role", "analyst", "--city", "Актау", "--password-stdin");

        assertThat(user("", "list", "--lang", "ru").out()).isEqualTo("""
                Пользователь  Роль      Город  Состояние
                aigul         аналитик  Актау  –
                """);
        assertThat(user("", "list", "--lang", "kk").out()).startsWith("Пайдаланушы  Рөл").contains("талдаушы");
        assertThat(user("", "remove", "aigul", "--lang", "ru").out()).startsWith("Пользователь aigul удалён из");
    }

    @Test
    void withoutWorkspaceTheUsersAreThoseOfTheInstallation() {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun run = CliRun.in(workspace, "user", "add", "aigul", "--role", "viewer", "--password-stdin");
            assertThat(run.exitCode()).as(run.err()).isZero();
        } finally {
            System.setIn(before);
        }

        assertThat(UserDirectory.open(usersFile()).find("aigul")).isPresent();
    }

    @Test
    void userAloneNamesItsCommands() {
        CliRun run = CliRun.of("user");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("name a user command: add, passwd, role, city, disable, enable, remove, list");
    }
}
