package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Flags;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code user role, city, disable, enable} and {@code passwd --one-time}: the jobs of the users page, each in the audit log. */
class UserChangesCommandTest {

    private static final String PASSWORD = "a long enough secret";

    @TempDir
    Path workspace;

    private Path usersFile() {
        return workspace.resolve(".etalon").resolve("users");
    }

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

    private UserDirectory users() {
        return UserDirectory.open(usersFile());
    }

    @BeforeEach
    void aigulIsAnAnalystOfAktau() {
        CliRun added = user(PASSWORD + "\n", "add", "aigul", "--role", "analyst", "--city", "Aktau", "--password-stdin",
                "--as", "ministry");
        assertThat(added.exitCode()).as(added.err()).isZero();
    }

    @Test
    void roleAndCityChangeTheUser_andTheListSaysSo() {
        assertThat(user("", "role", "aigul", "editor").exitCode()).isZero();
        CliRun city = user("", "city", "aigul", "Atyrau");
        assertThat(city.out()).contains("User aigul uploads for Atyrau only");

        assertThat(users().find("aigul")).contains(new Account("aigul", Role.EDITOR, Optional.of("Atyrau")));
        assertThat(user("", "city", "aigul").exitCode()).isZero();
        assertThat(users().find("aigul").orElseThrow().city()).isEmpty();
    }

    @Test
    void aDisabledUserCannotLogIn_untilEnabled_andTheListShowsIt() {
        CliRun disabled = user("", "disable", "aigul");

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(users().verify("aigul", PASSWORD.toCharArray())).isEmpty();
        assertThat(users().check("aigul", PASSWORD.toCharArray()).disabled()).isTrue();
        assertThat(user("", "list").out()).contains("aigul  analyst  Aktau  disabled");

        assertThat(user("", "enable", "aigul").exitCode()).isZero();
        assertThat(users().verify("aigul", PASSWORD.toCharArray())).isPresent();
    }

    @Test
    void aOneTimePasswordLogsInButMustBeChanged() {
        CliRun passwd = user("another long secret\n", "passwd", "aigul", "--one-time", "--password-stdin");

        assertThat(passwd.exitCode()).as(passwd.err()).isZero();
        assertThat(passwd.out()).contains("for one log-in");
        assertThat(users().flags("aigul")).contains(new Flags(false, true));
        assertThat(users().verify("aigul", "another long secret".toCharArray())).isPresent();

        user("a third long secret\n", "passwd", "aigul", "--password-stdin");
        assertThat(users().flags("aigul")).contains(Flags.NONE);
    }

    @Test
    void nobodyDisablesRemovesOrDemotesTheAccountTheyActAs() throws IOException {
        String before = Files.readString(usersFile());

        CliRun disable = user("", "disable", "aigul", "--as", "Aigul");
        CliRun role = user("", "role", "aigul", "viewer", "--as", "aigul", "--lang", "ru");

        assertThat(disable.exitCode()).isEqualTo(2);
        assertThat(disable.err()).contains("your own account aigul");
        assertThat(role.err()).contains("своей учётной записи aigul");
        assertThat(Files.readString(usersFile())).isEqualTo(before);
    }

    @Test
    void everyChangeIsOneLineOfTheAuditLog_byTheNameOfAs_withoutThePassword() throws IOException {
        user("", "role", "aigul", "editor", "--as", "ministry");
        user("", "disable", "aigul", "--as", "ministry");
        user("another long secret\n", "passwd", "aigul", "--one-time", "--password-stdin", "--as", "ministry");
        user("", "remove", "aigul", "--as", "ministry");

        List<AuditEntry> entries = new AuditLog(Audit.file(workspace)).all();

        assertThat(entries).extracting(AuditEntry::kind)
                .containsExactly("user.add", "user.role", "user.disable", "user.password", "user.remove");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("ministry");
            assertThat(entry.address()).isEqualTo(Audit.Actor.COMMAND_LINE);
            assertThat(entry.target()).isEqualTo("aigul");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.OK);
        });
        assertThat(entries.get(1).detail()).isEqualTo("from=analyst; role=editor");
        String log = Files.readString(Audit.file(workspace));
        assertThat(log).doesNotContain(PASSWORD, "another long secret", "argon2");
    }
}
