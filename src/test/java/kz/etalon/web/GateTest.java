package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What every request passes on a loopback server with no users: host check, CSRF, origin, headers. */
class GateTest {

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void theLocalUserNeedsNoLogIn_andGetsAnHttpOnlySameSiteStrictSessionCookie() {
        WebRun.Response home = web.client().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Set-Cookie")).startsWith(Gate.SESSION_COOKIE + "=").contains("HttpOnly", "SameSite=Strict");
        assertThat(home.body()).contains("local");
        assertThat(web.client().get("/login").status()).isEqualTo(302);
    }

    @Test
    void aPostWithoutTheSessionsCsrfTokenIsRefused_evenForTheLocalUser() {
        WebRun.Client client = web.client();
        client.get("/");
        assertThat(client.postRaw("/logout", Map.of(), Map.of()).status()).isEqualTo(403);
        assertThat(client.postRaw("/logout", Map.of(Gate.CSRF_FIELD, "forged"), Map.of()).status()).isEqualTo(403);
        WebRun.Client stranger = web.client();
        assertThat(stranger.postRaw("/logout", Map.of(Gate.CSRF_FIELD, client.csrf()), Map.of()).status())
                .as("another browser's token").isEqualTo(403);
        assertThat(client.post("/logout", Map.of()).status()).isEqualTo(303);
    }

    @Test
    void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
        WebRun.Client client = web.client();
        client.get("/");
        WebRun.Response forged = client.postRaw("/logout", Map.of(Gate.CSRF_FIELD, client.csrf()),
                Map.of("Origin", "http://evil.example"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("The form has expired");
    }

    @Test
    void aLoopbackServerReachedUnderAnotherHostNameRefusesToAnswer() throws Exception {
        assertThat(rawStatus("evil.example")).isEqualTo(421);
        assertThat(rawStatus("localhost:" + web.server().port())).isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesAContentPolicyWithNoInlineScriptAndNoOtherHost() {
        for (String path : new String[] {"/", "/standards/kz-2019", "/no-such-page", "/assets/etalon.css"}) {
            WebRun.Response response = web.client().get(path);
            assertThat(response.header("Content-Security-Policy"))
                    .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval", "http:", "https:").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void pagesHaveNoInlineScriptAndLoadNothingFromAnotherHost() {
        for (String path : new String[] {"/", "/standards/kz-2019", "/standards/kz-2018"}) {
            String body = web.client().get(path).body();
            Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(body);
            while (scripts.find()) {
                assertThat(scripts.group(1)).as(path).contains("src=\"/assets/");
                assertThat(scripts.group(2)).as(path).isBlank();
            }
            assertThat(body).as(path).doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContainPattern("(src|href|action)=\"(https?:)?//");
        }
    }

    @Test
    void theAssetsComeFromTheJar_andNoOtherNameIsServed() {
        assertThat(web.client().get("/assets/htmx.min.js").body()).contains("htmx");
        assertThat(web.client().get("/assets/etalon.js").header("Content-Type")).startsWith("text/javascript");
        assertThat(web.client().get("/assets/..%2Fpom.xml").status()).isEqualTo(404);
        assertThat(web.client().get("/assets/Gate.class").status()).isEqualTo(404);
    }

    @Test
    void aNonLoopbackAddressWithoutUsersIsRefusedBeforeListening() {
        Path workspace = web.workspace();
        assertThatThrownBy(() -> WebRun.start(workspace, "0.0.0.0"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("refusing to serve 0.0.0.0 without accounts")
                .hasMessageContaining("./etalon user add");
    }

    @Test
    void theLanguageComesFromTheBrowserUntilTheReaderChoosesOne() {
        assertThat(web.client().get("/").body()).contains("<html lang=\"en\">");
        WebRun.Response kazakh = web.client().getWith("/", Map.of("Accept-Language", "kk-KZ,ru;q=0.8"));
        assertThat(kazakh.body()).contains("<html lang=\"kk\">", "Эталондық стандарттар");
        WebRun.Response russian = web.client().getWith("/", Map.of("Accept-Language", "de, ru;q=0.5"));
        assertThat(russian.body()).contains("<html lang=\"ru\">");
    }

    /** The status of a GET / sent with {@code host} as its Host header (java.net.http will not send another). */
    private static int rawStatus(String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", web.server().port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }
}
