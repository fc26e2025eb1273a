package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.directory.DirectoryFile;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditLog;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace whose users sign in through an OpenID Connect provider (a mock provider on 127.0.0.1). */
class OidcLogInTest {

    private static final String CONTACT = "the IT desk, room 210";
    private static final String CLIENT = "etalon";

    @TempDir
    Path dir;
    MockOAuth2Server provider;
    WebRun web;

    @BeforeEach
    void serve() throws Exception {
        provider = new MockOAuth2Server();
        provider.start(InetAddress.getByName("127.0.0.1"), 0);
        Path workspace = WebRun.copyOfProject(dir);
        Files.createDirectories(DirectoryFile.defaultFile(workspace).getParent());
        Files.writeString(DirectoryFile.defaultFile(workspace), """
                contact: "%s"
                oidc:
                  name: Gov ID
                  issuer: %s
                  client-id: %s
                  client-secret: not-checked-by-the-mock
                  redirect-base: https://etalon.example.kz/
                  groups-claim: groups
                  groups:
                    etalon-admins: {role: admin}
                    aktau-analysts: {role: analyst, city: Aktau}
                """.formatted(CONTACT, provider.issuerUrl("default"), CLIENT));
        web = WebRun.start(workspace, ServeSettings.LOOPBACK);
    }

    @AfterEach
    void stop() {
        if (web != null) {
            web.close();
        }
        provider.shutdown();
    }

    @Test
    void aUserInTheAdminsGroupGetsAnAdminSessionAndIsAudited() {
        WebRun.Client dana = web.client();
        assertThat(dana.get("/login").body()).contains("Sign in with Gov ID", "href=\"/login/oidc?next=%2F");
        WebRun.Response done = signIn(dana, "dana", List.of("staff", "etalon-admins"));
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.body()).contains("You are signed in.");
        assertThat(dana.get("/").body()).contains("dana");
        assertThat(dana.get("/admin/users").status()).isEqualTo(200);
        assertThat(entries()).filteredOn(entry -> entry.kind().equals("log-in"))
                .extracting(AuditEntry::user, AuditEntry::outcome, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dana", AuditEntry.Outcome.OK, "oidc: admin"));
    }

    @Test
    void aUserInNoMappedGroupGets403NamingTheContactAndNoSession() {
        WebRun.Client nurlan = web.client();
        WebRun.Response refused = signIn(nurlan, "nurlan", List.of("staff"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("in no group that gives access to Etalon", CONTACT);
        assertThat(nurlan.get("/").status()).isEqualTo(302);
        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("log-in.refused");
            assertThat(entry.user()).isEqualTo("nurlan");
        });
    }

    @Test
    void aForgedStateGets400AndNoSession() {
        WebRun.Client mallory = web.client();
        URI authorize = URI.create(mallory.get("/login/oidc").header("Location"));
        provider.enqueueCallback(callback("mallory", List.of("etalon-admins")));
        URI back = URI.create(location(mallory.get(authorize.toString())));
        String forged = back.getRawQuery().replaceAll("state=[^&]*", "state=forged");
        WebRun.Response refused = mallory.get("/login/oidc/callback?" + forged);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("This sign-in could not be completed");
        assertThat(mallory.get("/").status()).isEqualTo(302);
        // the pending sign-in was used up: the real state no longer works either
        assertThat(mallory.get("/login/oidc/callback?" + back.getRawQuery()).status()).isEqualTo(400);
        assertThat(entries()).noneMatch(entry -> entry.kind().equals("log-in"));
    }

    @Test
    void aCodeTheProviderRefusesGets400AndNoSession() {
        WebRun.Client mallory = web.client();
        URI authorize = URI.create(mallory.get("/login/oidc").header("Location"));
        provider.enqueueCallback(callback("mallory", List.of("etalon-admins")));
        URI back = URI.create(location(mallory.get(authorize.toString())));
        String forged = back.getRawQuery().replaceAll("code=[^&]*", "code=forged");
        WebRun.Response refused = mallory.get("/login/oidc/callback?" + forged);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(mallory.get("/").status()).isEqualTo(302);
    }

    @Test
    void aCallbackNoBrowserStartedGets400() {
        WebRun.Response refused = web.client().get("/login/oidc/callback?code=x&state=y");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(web.client().get("/login/oidc/callback").status()).isEqualTo(400);
    }

    /** The browser's whole trip: to the provider (which signs {@code name} in with {@code groups}) and back. */
    private WebRun.Response signIn(WebRun.Client browser, String name, List<String> groups) {
        WebRun.Response start = browser.get("/login/oidc?next=/");
        assertThat(start.status()).as(start.body()).isEqualTo(303);
        String authorize = start.header("Location");
        assertThat(authorize).contains("code_challenge_method=S256", "state=", "nonce=");
        provider.enqueueCallback(callback(name, groups));
        URI back = URI.create(location(browser.get(authorize)));
        assertThat(back.toString()).startsWith("https://etalon.example.kz/login/oidc/callback?");
        return browser.get("/login/oidc/callback?" + back.getRawQuery());
    }

    private static DefaultOAuth2TokenCallback callback(String name, List<String> groups) {
        return new DefaultOAuth2TokenCallback("default", name, "JWT", List.of(CLIENT),
                Map.of("preferred_username", name, "groups", groups), 3600);
    }

    private static String location(WebRun.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(300, 399);
        return response.header("Location");
    }

    private List<AuditEntry> entries() {
        return new AuditLog(Audit.file(web.workspace())).all();
    }
}
