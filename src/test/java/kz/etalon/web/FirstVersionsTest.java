package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new workspace's standards have a history (the workspace as it was found), and a save without a base is a user's mistake. */
class FirstVersionsTest {

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, DraftSteps.USERS);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theHistoryOfAStandardOfANewWorkspaceShowsItsFirstVersion() {
        DraftSteps.app(web).ensureHistory();

        WebRun.Response history = web.loggedIn("vera").get("/standards/kz-2019/history");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("Workspace as it was found", "as found");
    }

    @Test
    void theHistoryOfAStandardOfAWorkspaceWithNoHistoryYetIsAPage() {
        WebRun.Response history = web.loggedIn("vera").get("/standards/kz-2026/history");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
    }

    @Test
    void aSaveWithAnErrorAndAnEmptyBaseShowsTheErrorInTheEditor() {
        WebRun.Response save = web.loggedIn("edna").post("/standards/kz-2026/save",
                Map.of("text", "id: kz-2026\nyear: soon\n", "base", "", "message", "broken"));

        assertThat(save.status()).as(save.body()).isEqualTo(422);
        assertThat(save.body()).contains("id=\"editor\"");
    }
}
