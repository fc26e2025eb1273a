package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With accounts, the results are for those who have logged in; a viewer reads every one of them. */
class ResultsAccessTest {

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aViewerReadsTheRankingACityCardAndEveryDownload() {
        WebRun.Client vera = web.loggedIn("vera");
        assertThat(vera.get("/results").status()).isEqualTo(200);
        assertThat(vera.get("/results/city?standard=kz-2019&city=Almaty").status()).isEqualTo(200);
        assertThat(vera.get("/results/areas?standard=kz-2019").status()).isEqualTo(200);
        for (String format : ResultsDownloads.FORMATS) {
            assertThat(vera.get("/results/download/" + format + "?standard=kz-2019").status()).as(format).isEqualTo(200);
        }
    }

    @Test
    void aVisitorWhoHasNotLoggedInIsSentToLogInAndBackToTheResults() {
        for (String path : new String[] {"/results", "/results/city?standard=kz-2019&city=Almaty",
                "/results/download/json?standard=kz-2019"}) {
            WebRun.Response answer = web.client().get(path);
            assertThat(answer.status()).as(path).isEqualTo(302);
            assertThat(answer.header("Location")).isEqualTo(Page.link("/login", "next", path));
            assertThat(answer.body()).doesNotContain("Almaty");
        }
    }
}
