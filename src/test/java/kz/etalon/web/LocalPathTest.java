package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a page sends the reader after (back=, next=) is a path of this site, never another host. */
class LocalPathTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(Map.of("vera", Role.VIEWER));


    @ParameterizedTest
    @ValueSource(strings = {"/\t/evil.example", "/\n/evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
            "https://evil.example/", "javascript:alert(1)", "/ /evil.example", "evil.example", "/\u0000/x", "/\u2028/x", ""})
    void aPathOfAnotherHostOrWithControlCharactersBecomesTheHomePage(String back) {
        assertThat(LocalPath.of(back)).isEqualTo("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/results?standard=kz-2019&data=uploads%2Fx.csv", "/standards/kz-2019/history", "/results#top"})
    void aPathOfThisSiteIsKeptAsItIs(String back) {
        assertThat(LocalPath.of(back)).isEqualTo(back);
    }

    @Test
    void theLanguageSwitchDoesNotSendTheReaderToAnotherHost() {
        WebRun.Response answer = site.run().client().get("/language/en?back=/%09/evil.example");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("/");
    }

    @Test
    void logInDoesNotSendTheReaderToAnotherHost() {
        WebRun.Client client = site.run().client();
        String form = client.get("/login?next=/%09/evil.example").body();
        assertThat(form).contains("name=\"next\" value=\"/\"");

        WebRun.Response logIn = client.logInTo("vera", WebRun.password("vera"), "/\t/evil.example");

        assertThat(logIn.status()).isEqualTo(303);
        assertThat(logIn.header("Location")).isEqualTo("/");
    }
}
