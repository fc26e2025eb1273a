package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.app.StandardText;
import kz.etalon.standard.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An approval names the version its approver read: a draft changed since is not published in their name. */
class ApproveVersionTest {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"([0-9a-f]{40})\"");

    @RegisterExtension
    final UsersWeb site = new UsersWeb(DraftSteps.USERS);


    @Test
    void anApprovalOfAVersionThatIsNoLongerTheDraftsIsAConflictShowingBoth_andPublishesNothing() {
        WebRun.Client edna = site.run().loggedIn("edna");
        newDraft(edna, "kz-2019", "kz-2020", "2020");
        assertThat(DraftSteps.step(edna, "kz-2020", "submit", "ready").status()).isEqualTo(303);
        WebRun.Client abe = site.run().loggedIn("abe");
        String shown = versionOn(abe.get("/standards/kz-2020/edit").body());
        DraftSteps.saveWithTargetChanged(site.run(), "kz-2020", "edna");
        assertThat(DraftSteps.step(edna, "kz-2020", "submit", "ready again").status()).isEqualTo(303);
        String current = DraftSteps.app(site.run()).standardText("kz-2020").version();

        WebRun.Response approve = abe.post("/standards/kz-2020/approve", Map.of("comment", "ok", "version", shown));

        assertThat(approve.status()).as(approve.body()).isEqualTo(409);
        assertThat(approve.body()).contains(shown.substring(0, 7), current.substring(0, 7), "target: 120");
        StandardText after = DraftSteps.app(site.run()).standardText("kz-2020");
        assertThat(after.status()).isEqualTo(Status.DRAFT);
        assertThat(after.review().step()).isEqualTo("submitted");

        WebRun.Response again = abe.post("/standards/kz-2020/approve", Map.of("comment", "ok",
                "version", versionOn(abe.get("/standards/kz-2020/edit").body())));
        assertThat(again.status()).as(again.body()).isEqualTo(303);
        assertThat(DraftSteps.app(site.run()).standardText("kz-2020").status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void anApprovalThatNamesNoVersionIsRefused() {
        WebRun.Client edna = site.run().loggedIn("edna");
        newDraft(edna, "kz-2019", "kz-2020", "2020");
        DraftSteps.step(edna, "kz-2020", "submit", "ready");

        WebRun.Response approve = site.run().loggedIn("abe").post("/standards/kz-2020/approve", Map.of("comment", "ok"));

        assertThat(approve.status()).isEqualTo(409);
        assertThat(DraftSteps.app(site.run()).standardText("kz-2020").status()).isEqualTo(Status.DRAFT);
    }

    private static String versionOn(String page) {
        Matcher found = VERSION.matcher(page);
        assertThat(found.find()).as("the approve form names the version shown").isTrue();
        return found.group(1);
    }
}
