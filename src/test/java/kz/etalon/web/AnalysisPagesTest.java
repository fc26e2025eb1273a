package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What-if and compare are analyses: they need the right to analyse, and each question, however it is
 * written, is computed once for everyone.
 */
class AnalysisPagesTest {

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER, "ana", Role.ANALYST, "bek", Role.ANALYST));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aViewerMayNotRunWhatIfOrCompare_andItsMenuDoesNotOfferThem() {
        WebRun.Client vera = web.loggedIn("vera");

        WebRun.Response whatif = vera.get("/whatif?standard=kz-2019&city=Aktau&goal=rank:5");
        WebRun.Response compare = vera.get("/compare?before=kz-2018&after=kz-2019");

        assertThat(whatif.status()).isEqualTo(403);
        assertThat(whatif.body()).contains("Running analyses needs an analyst").doesNotContain("id=\"plan\"");
        assertThat(compare.status()).isEqualTo(403);
        assertThat(vera.get("/results").body()).doesNotContain("href=\"/whatif\"", "href=\"/compare\"");
        assertThat(web.loggedIn("ana").get("/whatif?standard=kz-2019&city=Aktau&goal=rank:5").status()).isEqualTo(200);
    }

    @Test
    void aRankPastTheLastOneIsOneQuestionHoweverItIsWritten_computedOnceForEveryone() {
        long before = web.server().analyses().computed();

        WebRun.Response ana = web.loggedIn("ana").get("/whatif?standard=kz-2019&city=Almaty&goal=rank:500");
        WebRun.Response bek = web.loggedIn("bek").get("/whatif?standard=kz-2019&city=almaty&goal=rank&target=999");

        assertThat(ana.status()).isEqualTo(200);
        assertThat(bek.status()).isEqualTo(200);
        assertThat(web.server().analyses().computed() - before).isEqualTo(1);
        assertThat(ana.body()).contains("Goal: rank 500 or better");
        assertThat(bek.body()).contains("Goal: rank 999 or better");
    }
}
