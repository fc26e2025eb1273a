package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.account.Role;
import kz.etalon.problem.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyTrustTest {

    @Test
    void byDefaultNoProxyIsTrustedAndTheHeadersAreIgnored() {
        ProxyTrust none = ProxyTrust.none();
        assertThat(none.clientAddress("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
        assertThat(none.scheme("127.0.0.1", "https", "http")).isEqualTo("http");
    }

    @Test
    void aTrustedProxyNamesTheRightmostAddressThatIsNotItselfAProxy() {
        ProxyTrust trust = ProxyTrust.of("127.0.0.1, 10.0.0.0/8", "--trusted-proxy");
        assertThat(trust.clientAddress("127.0.0.1", "198.51.100.1, 203.0.113.7, 10.1.2.3")).isEqualTo("203.0.113.7");
        assertThat(trust.clientAddress("10.9.9.9", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(trust.scheme("127.0.0.1", "https", "http")).isEqualTo("https");
        assertThat(trust.scheme("127.0.0.1", "gopher", "http")).isEqualTo("http");
    }

    @Test
    void aRequestFromAnAddressOutsideTheTrustedOnesIsTakenAsItComes() {
        ProxyTrust trust = ProxyTrust.of("10.0.0.0/8", "--trusted-proxy");
        assertThat(trust.clientAddress("192.0.2.50", "203.0.113.7")).isEqualTo("192.0.2.50");
        assertThat(trust.scheme("192.0.2.50", "https", "http")).isEqualTo("http");
    }

    @Test
    void aMalformedForwardedEntryIsNotBelieved() {
        ProxyTrust trust = ProxyTrust.of("127.0.0.1", "--trusted-proxy");
        assertThat(trust.clientAddress("127.0.0.1", "evil.example, 203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(trust.clientAddress("127.0.0.1", "203.0.113.7, not-an-address")).isEqualTo("127.0.0.1");
    }

    @Test
    void aProxyNamedByHostNameOrAWrongPrefixIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> ProxyTrust.of("proxy.local, 10.0.0.0/33", "ETALON_TRUSTED_PROXIES"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("proxy.local").hasMessageContaining("10.0.0.0/33").hasMessageContaining("127.0.0.1");
    }

    @Test
    void theLogInThrottleCountsTheForwardedAddressOnlyBehindATrustedProxy(@TempDir Path dir) {
        Deployment behindProxy = new Deployment(ProxyTrust.of("127.0.0.1", "--trusted-proxy"), Optional.empty());
        try (WebRun web = WebRun.start(WebRun.copyOfProject(dir.resolve("trusted")), ServeSettings.LOOPBACK, behindProxy)) {
            failUntilTheNameIsLockedFrom(web, "203.0.113.7");
            assertThat(attempt(web, "admin", "198.51.100.9")).as("the same name from another visitor behind the proxy")
                    .isEqualTo(401);
        }
        try (WebRun web = WebRun.start(WebRun.copyOfProject(dir.resolve("plain")), ServeSettings.LOOPBACK, Deployment.plain())) {
            failUntilTheNameIsLockedFrom(web, "203.0.113.7");
            assertThat(attempt(web, "admin", "198.51.100.9")).as("the header is ignored: one address, 127.0.0.1")
                    .isEqualTo(429);
        }
    }

    /** Failed log-ins as admin from {@code address} until that name is refused from there (5 lock a name at an address). */
    private static void failUntilTheNameIsLockedFrom(WebRun web, String address) {
        kz.etalon.account.UserDirectory.open(kz.etalon.account.UserDirectory.defaultFile(web.workspace()))
                .add("admin", Role.ADMIN, Optional.empty(), WebRun.password("admin").toCharArray());
        int status = 0;
        for (int i = 0; i < 10 && status != 429; i++) {
            status = attempt(web, "admin", address);
        }
        assertThat(status).as("refused after five failures").isEqualTo(429);
    }

    private static int attempt(WebRun web, String name, String forwardedFor) {
        WebRun.Client browser = web.client();
        WebRun.Response form = browser.get("/login");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]*)\"").matcher(form.body());
        assertThat(token.find()).as(form.body()).isTrue();
        return browser.postRaw("/login", Map.of("token", token.group(1), "name", name, "password", "wrong-password",
                "next", "/"), Map.of("X-Forwarded-For", forwardedFor)).status();
    }
}
