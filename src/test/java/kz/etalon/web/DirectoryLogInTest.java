package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.account.directory.DirectoryFile;
import kz.etalon.account.directory.TestDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditLog;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose users log in through a ministry's directory (a real LDAP server on 127.0.0.1), beside a
 * local user of the users file.
 */
class DirectoryLogInTest {

    @TempDir
    Path dir;
    TestDirectory directory;
    WebRun web;

    @BeforeEach
    void serve() throws Exception {
        directory = new TestDirectory();
        Path workspace = WebRun.copyOfProject(dir);
        UserDirectory.open(UserDirectory.defaultFile(workspace)).add("vera", Role.VIEWER, Optional.empty(),
                WebRun.password("vera").toCharArray());
        Files.writeString(DirectoryFile.defaultFile(workspace), directory.settingsYaml());
        web = WebRun.start(workspace, ServeSettings.LOOPBACK);
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
        directory.close();
    }

    @Test
    void theAdminsGroupGivesAnAdmin_andTheAktauGroupAnAnalystWhoUploadsForAktauOnly() {
        WebRun.Client dana = web.client();
        WebRun.Response logIn = dana.logIn("dana", TestDirectory.password("dana"));
        assertThat(logIn.status()).as(logIn.body()).isEqualTo(303);
        assertThat(dana.get("/").body()).contains("dana");
        assertThat(dana.get("/admin/users").status()).isEqualTo(200);

        WebRun.Client aibek = web.client();
        assertThat(aibek.logIn("aibek", TestDirectory.password("aibek")).status()).isEqualTo(303);
        assertThat(aibek.get("/admin/users").status()).isEqualTo(403);
        assertThat(aibek.get("/data").body()).contains("Your account uploads data for Aktau only");

        assertThat(entries()).filteredOn(entry -> entry.kind().equals("log-in"))
                .extracting(AuditEntry::user, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dana", AuditEntry.Outcome.OK, "directory: admin"),
                        org.assertj.core.groups.Tuple.tuple("aibek", AuditEntry.Outcome.OK, "directory: analyst, Aktau"));
    }

    @Test
    void aDirectoryUserInNoMappedGroupIsRefusedWithWhomToAsk() {
        WebRun.Response refused = web.client().logIn("nurlan", TestDirectory.password("nurlan"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("in no group that gives access to Etalon", TestDirectory.CONTACT);
        assertThat(refused.headers().getOrDefault("Set-Cookie", List.of()))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith(Gate.SESSION_COOKIE + "=").doesNotContain("Max-Age=0"));
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("log-in.refused");
            assertThat(entry.user()).isEqualTo("nurlan");
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.REFUSED);
        });
    }

    @Test
    void aWrongDirectoryPasswordIsRefused_thenThrottledAsALocalOne() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(web.client().logIn("dana", "not-her-password").status());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 7)).containsOnly(429);
        assertThat(web.client().logIn("dana", TestDirectory.password("dana")).status())
                .as("refused while throttled, even with the right password").isEqualTo(429);
        assertThat(entries()).filteredOn(entry -> entry.kind().equals("log-in.failed"))
                .hasSize(5).allSatisfy(entry -> assertThat(entry.user()).isEqualTo("dana"));
        assertThat(entries()).filteredOn(entry -> entry.kind().equals("log-in.refused"))
                // the directory is not asked while a name is throttled, so the name is not written
                .hasSize(3).allSatisfy(entry -> assertThat(entry.detail()).startsWith("throttled"));
    }

    @Test
    void aDirectoryUserIsToldTheirPasswordIsChangedInTheDirectory() {
        WebRun.Client dana = web.client();
        dana.logIn("dana", TestDirectory.password("dana"));
        dana.get(AccountPage.PATH);
        WebRun.Response change = dana.post(AccountPage.PATH, java.util.Map.of("current", TestDirectory.password("dana"),
                "password", "a-new-long-password", "again", "a-new-long-password"));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.body()).contains("change it there");
    }

    @Test
    void aDirectoryThatCannotBeReachedIsA503ThatSaysWhomToTell_andLocalUsersStillLogIn() {
        directory.close();
        WebRun.Response down = web.client().logIn("dana", TestDirectory.password("dana"));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.body()).contains("cannot be reached", TestDirectory.CONTACT);
        assertThat(web.client().logIn("vera", WebRun.password("vera")).status()).isEqualTo(303);
    }

    @Test
    void aLocalUserStillLogsInWithTheUsersFilesPassword() {
        WebRun.Client vera = web.client();
        assertThat(vera.logIn("vera", WebRun.password("vera")).status()).isEqualTo(303);
        assertThat(vera.get("/").status()).isEqualTo(200);
        assertThat(web.client().logIn("vera", "secret-vera").status()).isEqualTo(401);
    }

    @Test
    void aBadDirectoryFileStopsTheServerFromStartingWithItsLines() throws Exception {
        web.close();
        web = null;
        Path workspace = WebRun.copyOfProject(Files.createDirectories(dir.resolve("bad")));
        Files.createDirectories(workspace.resolve(".etalon"));
        Path file = Files.writeString(DirectoryFile.defaultFile(workspace),
                directory.settingsYaml().replace("{role: admin}", "{role: boss}"));
        InputException refused = catchThrowableOfType(InputException.class,
                () -> WebRun.start(workspace, ServeSettings.LOOPBACK));
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where().file().getFileName().toString()).isEqualTo("directory.yaml");
            assertThat(problem.where().line()).isEqualTo(8);
            assertThat(problem.message()).contains("unknown role `boss`");
        });
        assertThat(file).exists();
    }

    private List<AuditEntry> entries() {
        return new AuditLog(Audit.file(web.workspace())).all();
    }
}
