package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.etalon.account.Flags;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An administrator manages users in the browser: adds one (with a password for one log-in), changes the role,
 * disables and enables, sets a one-time password; the user must choose their own at the next log-in; each
 * step is one line of the audit log, which holds no password and no session id.
 */
class UsersPageTest {

    private static final String FIRST = "first-secret-of-dana";
    private static final String OWN = "danas-own-long-secret";
    private static final String AGAIN = "second-one-time-secret";
    /** A session id or CSRF token: 32 random bytes in URL-safe Base64. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("ministry", Role.ADMIN, "vera", Role.VIEWER));

    private UserDirectory users() {
        return UserDirectory.open(UserDirectory.defaultFile(site.run().workspace()));
    }

    private Path auditFile() {
        return Audit.file(site.run().workspace());
    }

    @Test
    void anAdministratorManagesAUser_whoMustChooseTheirOwnPasswordAtEachOneTimeLogIn() throws IOException {
        WebRun.Client admin = site.run().loggedIn("ministry");
        assertThat(admin.get("/admin/users").body()).contains("data-user=\"ministry\"", "data-user=\"vera\"");

        WebRun.Response added = admin.post("/admin/users", Map.of("name", "dana", "role", "viewer", "city", "Aktau",
                "password", FIRST));
        assertThat(added.status()).isEqualTo(303);
        assertThat(admin.get(added.header("Location")).body()).contains("id=\"users-done\"", "data-user=\"dana\"");
        assertThat(users().flags("dana")).contains(new Flags(false, true));

        WebRun.Client dana = site.run().client();
        WebRun.Response first = dana.logIn("dana", FIRST);
        assertThat(first.header("Location")).isEqualTo("/account/password");
        assertThat(dana.get("/results").header("Location")).as("nothing before the own password").isEqualTo("/account/password");
        assertThat(dana.get("/account/password").body()).contains("id=\"password-must-change\"");
        assertThat(dana.post("/account/password", Map.of("current", FIRST, "password", OWN, "again", OWN)).status()).isEqualTo(303);
        assertThat(dana.get("/").status()).isEqualTo(200);
        assertThat(users().flags("dana")).contains(Flags.NONE);

        assertThat(admin.post("/admin/users/dana/role", Map.of("role", "analyst")).status()).isEqualTo(303);
        assertThat(users().find("dana").orElseThrow().role()).isEqualTo(Role.ANALYST);
        assertThat(dana.get("/").status()).as("a new role ends the sessions").isEqualTo(302);
        assertThat(dana.logIn("dana", OWN).header("Location")).isEqualTo("/");

        assertThat(admin.post("/admin/users/dana/disable", Map.of()).status()).isEqualTo(303);
        assertThat(dana.get("/").status()).as("disabling ends the sessions").isEqualTo(302);
        WebRun.Response refused = site.run().client().logIn("dana", OWN);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("disabled");

        assertThat(admin.post("/admin/users/dana/enable", Map.of()).status()).isEqualTo(303);
        assertThat(admin.post("/admin/users/dana/password", Map.of("password", AGAIN)).status()).isEqualTo(303);
        WebRun.Client later = site.run().client();
        assertThat(later.logIn("dana", AGAIN).header("Location")).isEqualTo("/account/password");
        assertThat(later.get("/").header("Location")).isEqualTo("/account/password");

        List<AuditEntry> entries = new AuditLog(auditFile()).all();
        assertThat(entries).extracting(AuditEntry::kind).containsExactly("log-in", "user.add", "log-in", "password.change",
                "user.role", "log-in", "user.disable", "log-in.refused", "user.enable", "user.password", "log-in");
        assertThat(entries).extracting(AuditEntry::user).containsExactly("ministry", "ministry", "dana", "dana",
                "ministry", "dana", "ministry", "dana", "ministry", "ministry", "dana");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.address()).isNotBlank());
        String log = Files.readString(auditFile());
        assertThat(log).doesNotContain(FIRST, OWN, AGAIN, WebRun.password("ministry"), "argon2");
        assertThat(TOKEN.matcher(log).find()).as("no session id or token in " + log).isFalse();
    }

    @Test
    void aChangeOfOnesOwnPasswordEndsTheOtherSessionsAtOnce_andKeepsThisOne() {
        WebRun.Client laptop = site.run().loggedIn("vera");
        WebRun.Client phone = site.run().loggedIn("vera");
        String own = "veras-new-long-secret";

        WebRun.Response changed = laptop.post("/account/password", Map.of("current", WebRun.password("vera"),
                "password", own, "again", own));

        assertThat(changed.status()).isEqualTo(303);
        assertThat(phone.get("/").status()).as("the old session cookie").isEqualTo(302);
        assertThat(laptop.get("/").status()).isEqualTo(200);
        assertThat(site.run().client().logIn("vera", own).status()).isEqualTo(303);
    }

    @Test
    void anAdministratorWhoChangesTheirOwnCityStaysLoggedIn_whileTheirOtherSessionsEnd() {
        WebRun.Client here = site.run().loggedIn("ministry");
        WebRun.Client elsewhere = site.run().loggedIn("ministry");
        here.get("/admin/users");

        assertThat(here.post("/admin/users/ministry/city", Map.of("city", "Astana")).status()).isEqualTo(303);

        assertThat(here.get("/admin/users").status()).isEqualTo(200);
        assertThat(elsewhere.get("/").status()).isEqualTo(302);
        assertThat(users().find("ministry").orElseThrow().city()).contains("Astana");
    }

    @Test
    void aFailedLogInIsLoggedUnderAKnownName_andAnUnknownNameIsNotWritten_forItIsOftenAPassword() throws IOException {
        site.run().client().logIn("vera", "not-her-password");
        site.run().client().logIn("password-vera", "password-vera");

        List<AuditEntry> entries = new AuditLog(auditFile()).all();

        assertThat(entries).extracting(AuditEntry::kind).containsExactly("log-in.failed", "log-in.failed");
        assertThat(entries.get(0).target()).isEqualTo("vera");
        assertThat(entries.get(1).target()).isEqualTo("unknown-name");
        assertThat(Files.readString(auditFile())).doesNotContain("password-vera", "not-her-password");
    }

    @Test
    void aWrongCurrentPasswordOrAShortOneChangesNothing_andSaysWhy() {
        WebRun.Client vera = site.run().loggedIn("vera");
        String stamp = users().stamp("vera").orElseThrow();

        WebRun.Response wrong = vera.post("/account/password", Map.of("current", "not-the-password", "password",
                "long-enough-secret", "again", "long-enough-secret"));
        WebRun.Response tooShort = vera.post("/account/password", Map.of("current", WebRun.password("vera"),
                "password", "short", "again", "short"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"password-refused\"", "current password is not right");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("shorter than 10 characters");
        assertThat(users().stamp("vera")).contains(stamp);
        assertThat(new AuditLog(auditFile()).all()).extracting(AuditEntry::kind, AuditEntry::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple("password.change", AuditEntry.Outcome.FAILED));
    }

    @Test
    void whatTheRulesRefuseIsSaidOnThePage_andNothingChanges() throws IOException {
        WebRun.Client admin = site.run().loggedIn("ministry");
        String before = Files.readString(UserDirectory.defaultFile(site.run().workspace()));

        WebRun.Response taken = admin.post("/admin/users", Map.of("name", "Vera", "role", "viewer", "password", FIRST));
        WebRun.Response badName = admin.post("/admin/users", Map.of("name", "two words", "role", "viewer", "password", FIRST));
        WebRun.Response self = admin.post("/admin/users/ministry/disable", Map.of());
        WebRun.Response nobody = admin.post("/admin/users/nobody/role", Map.of("role", "admin"));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"users-refused\"", "User vera already exists");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("your own account");
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(Files.readString(UserDirectory.defaultFile(site.run().workspace()))).isEqualTo(before);
    }
}
