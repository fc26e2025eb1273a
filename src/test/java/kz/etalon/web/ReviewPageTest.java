package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static kz.etalon.web.DraftSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drafts waiting for review: listed with who submitted them and why, counted in an approver's navigation. */
class ReviewPageTest {

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
    void aSubmittedDraftIsListedWithItsSubmitterAndComment_untilItIsApproved() {
        WebRun.Client abe = web.loggedIn("abe");
        String before = abe.get("/review").body();
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("edna"), "kz-2020", "submit", "Targets raised for 2020");

        String waiting = abe.get("/review").body();

        assertThat(waiting).contains("data-standard=\"kz-2020\"", "edna", "Targets raised for 2020",
                "href=\"/standards/kz-2020/edit\"");
        assertThat(before).doesNotContain("data-standard=\"kz-2020\"");
        step(abe, "kz-2020", "approve", "Fine");
        assertThat(abe.get("/review").body()).doesNotContain("data-standard=\"kz-2020\"");
    }

    @Test
    void theNavigationCountsTheDraftsWaiting_forThoseWhoMayApproveOnly() {
        String before = web.loggedIn("abe").get("/").body();
        int waitingBefore = Integer.parseInt(before.replaceAll("(?s).*id=\"nav-review\"[^>]*>Review \\((\\d+)\\).*", "$1"));
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("edna"), "kz-2020", "submit", "Ready");

        assertThat(web.loggedIn("abe").get("/").body()).contains("Review (" + (waitingBefore + 1) + ")");
        assertThat(web.loggedIn("edna").get("/").body()).doesNotContain("id=\"nav-review\"");
    }
}
