package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.account.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace with a users file: everyone logs in, even on loopback. */
class LogInTest {

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER, "aigerim", Role.ANALYST));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void withUsersEveryPageAsksForTheLogInFirst_andComesBackAfter() {
        WebRun.Client client = web.client();
        WebRun.Response page = client.get("/standards/kz-2019");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/login?next=%2Fstandards%2Fkz-2019");
        assertThat(client.get("/login").body()).contains("name=\"password\"", "type=\"password\"");
        assertThat(client.get("/assets/etalon.css").status()).as("assets need no log-in").isEqualTo(200);
    }

    @Test
    void withoutAnOidcSectionThereIsNoSignInButtonAndItsAddressesAreNotFound() {
        WebRun.Client client = web.client();
        assertThat(client.get("/login").body()).doesNotContain("/login/oidc");
        assertThat(client.get("/login/oidc").status()).isEqualTo(404);
        assertThat(client.get("/login/oidc/callback?code=x&state=y").status()).isEqualTo(404);
    }

    @Test
    void theRightPasswordOpensASessionInAnHttpOnlySameSiteCookie() {
        WebRun.Client client = web.client();
        WebRun.Response logIn = client.logIn("aigerim", WebRun.password("aigerim"));
        assertThat(logIn.status()).isEqualTo(303);
        assertThat(logIn.header("Location")).isEqualTo("/");
        assertThat(logIn.headers().get("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith(Gate.SESSION_COOKIE + "=").contains("HttpOnly", "SameSite=Strict"));
        WebRun.Response home = client.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("aigerim", "kz-2019");
    }

    @Test
    void aWrongPasswordOrAnUnknownNameIsRefusedAlike() {
        WebRun.Response wrong = web.client().logIn("aigerim", "not-her-password");
        WebRun.Response unknown = web.client().logIn("nobody", "whatever-it-is");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("The name or the password is wrong.");
        assertThat(unknown.body()).contains("The name or the password is wrong.");
    }

    @Test
    void afterAFailedLogInThePasswordFieldIsMarkedInvalidDescribedByTheErrorAndFocused() {
        String page = web.client().logIn("aigerim", "not-her-password").body();
        String first = web.client().get("/login").body();

        assertThat(page).contains("id=\"login-error\"", "aria-invalid=\"true\"", "aria-describedby=\"login-error\"",
                "autofocus");
        assertThat(first).doesNotContain("aria-invalid", "autofocus").contains("class=\"skip\" href=\"#main\"");
    }

    @Test
    void anAddressNoPageHasGetsTheTranslatedNotFoundPage() {
        WebRun.Client client = web.client();
        client.logIn("aigerim", WebRun.password("aigerim"));
        client.get("/language/ru?back=/");

        WebRun.Response missing = client.get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"ru\"", "Не найдено").doesNotContain("Endpoint");
    }

    @Test
    void afterFiveFailuresTheNameIsRefusedForAWhileEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(web.client().logIn("vera", "wrong-password-" + i).status()).isEqualTo(401);
        }
        WebRun.Response refused = web.client().logIn("vera", WebRun.password("vera"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).matches("[0-9]+");
        assertThat(refused.body()).contains("Too many failed attempts");
        assertThat(web.client().logIn("aigerim", WebRun.password("aigerim")).status()).as("another name").isEqualTo(303);
    }

    @Test
    void aLogInPostedWithoutItsFormTokenIsRefused() {
        WebRun.Response forged = web.client().postRaw("/login", Map.of("name", "aigerim", "password", WebRun.password("aigerim")),
                Map.of());
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void theLogInNeverSendsTheVisitorToAnotherSite() {
        WebRun.Client client = web.client();
        String form = client.get("/login?next=//evil.example/").body();
        assertThat(form).contains("name=\"next\" value=\"/\"");
    }

    @Test
    void loggingOutEndsTheSession() {
        WebRun.Client client = web.loggedIn("aigerim");
        assertThat(client.get("/").status()).isEqualTo(200);
        WebRun.Response out = client.post("/logout", Map.of());
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/login");
        assertThat(client.get("/").status()).isEqualTo(302);
    }

    @Test
    void aRemovedUserIsLoggedOutAtTheirNextRequest() {
        WebRun.Client client = web.loggedIn("vera");
        assertThat(client.get("/").status()).isEqualTo(200);
        UserDirectory.open(UserDirectory.defaultFile(web.workspace())).remove("vera");
        assertThat(client.get("/").status()).isEqualTo(302);
    }

    @Test
    void aUsersFileBrokenWhileServingLetsNobodyIn() throws Exception {
        WebRun.Client client = web.loggedIn("aigerim");
        Files.writeString(UserDirectory.defaultFile(web.workspace()), "this is not a users file\n");
        WebRun.Response page = client.get("/");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("cannot read its users file").doesNotContain("this is not a users file");
    }

    @Test
    void theViewerSeesNoUploadLink_theAnalystDoes() {
        assertThat(web.loggedIn("vera").get("/").body()).doesNotContain("href=\"/data\">Upload");
        assertThat(web.loggedIn("aigerim").get("/").body()).contains("href=\"/data\">Upload");
    }
}
