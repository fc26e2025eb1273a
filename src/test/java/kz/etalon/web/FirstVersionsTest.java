package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A new workspace's standards have a history (the workspace as it was found), and a save without a base is a user's mistake. */
class FirstVersionsTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(DraftSteps.USERS);


    @Test
    void theHistoryOfAStandardOfANewWorkspaceShowsItsFirstVersion() {
        DraftSteps.app(site.run()).ensureHistory();

        WebRun.Response history = site.run().loggedIn("vera").get("/standards/kz-2019/history");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
        assertThat(history.body()).contains("The workspace as Etalon found it", "as found");
    }

    @Test
    void theHistoryOfAStandardOfAWorkspaceWithNoHistoryYetIsAPage() {
        WebRun.Response history = site.run().loggedIn("vera").get("/standards/kz-2026/history");

        assertThat(history.status()).as(history.body()).isEqualTo(200);
    }

    @Test
    void aSaveWithAnErrorAndAnEmptyBaseShowsTheErrorInTheEditor() {
        WebRun.Response save = site.run().loggedIn("edna").post("/standards/kz-2026/save",
                Map.of("text", "id: kz-2026\nyear: soon\n", "base", "", "message", "broken"));

        assertThat(save.status()).as(save.body()).isEqualTo(422);
        assertThat(save.body()).contains("id=\"editor\"");
    }
}
