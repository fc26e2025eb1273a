package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static kz.etalon.web.DraftSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A standard's history in the browser: every version with its author, step, comment and structural changes. */
class HistoryPageTest {

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
    void theHistoryListsEachVersionNewestFirst_withItsAuthorStepAndStructuralChanges() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        DraftSteps.saveWithTargetChanged(web, "kz-2020", "ada");

        WebRun.Response history = web.loggedIn("vera").get("/standards/kz-2020/history");

        assertThat(history.status()).isEqualTo(200);
        String body = history.body();
        assertThat(body).contains("History of kz-2020", "Target changed", "ctm.09", "Raise the e-participation target");
        int saved = body.indexOf("data-step=\"saved\"");
        int created = body.indexOf("data-step=\"created\"");
        assertThat(saved).isPositive().isLessThan(created);
        assertThat(body.substring(saved, created)).contains("<strong class=\"author\">ada</strong>", "target: 120");
        assertThat(body.substring(created)).contains("<strong class=\"author\">edna</strong>");
        // a draft's older versions may be restored, by someone who may edit; a viewer sees no button
        assertThat(body).doesNotContain("action=\"/standards/kz-2020/restore\"");
        assertThat(web.loggedIn("edna").get("/standards/kz-2020/history").body())
                .contains("action=\"/standards/kz-2020/restore\"");
    }

    @Test
    void aVersionNotMadeByEtalon_theWorkspaceAsItWasFound_isListedWithoutAStep_notA500() {
        WebRun.Response history = web.loggedIn("vera").get("/standards/kz-2019/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("History of kz-2019", "The workspace as Etalon found it");
    }

    @Test
    void theStepsAreInTheReadersLanguage() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        WebRun.Client vera = web.loggedIn("vera");
        vera.get("/language/kk?back=/");

        assertThat(vera.get("/standards/kz-2020/history").body()).contains("kz-2020 тарихы", "жасалды");
    }

    @Test
    void aDraftSentBackShowsTheCommentAndWhoSubmittedIt() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("edna"), "kz-2020", "submit", "Please review the targets");
        WebRun.Response sentBack = step(web.loggedIn("abe"), "kz-2020", "send-back", "The ambulance target is too loose");
        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(303);

        String body = web.loggedIn("vera").get("/standards/kz-2020/history").body();

        assertThat(body).contains("The ambulance target is too loose", "sent back", "Please review the targets",
                "Submitted by edna");
        assertThat(body.indexOf("The ambulance target is too loose")).isLessThan(body.indexOf("Please review the targets"));
    }

    @Test
    void anApprovedDraftShowsWhoApprovedIt() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("edna"), "kz-2020", "submit", "Ready");
        step(web.loggedIn("abe"), "kz-2020", "approve", "Good");

        String body = web.loggedIn("vera").get("/standards/kz-2020/history").body();

        assertThat(body).contains("Submitted by edna", "Approved by abe", "published");
    }
}
