package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A draft's review state comes from the review steps alone: nothing an upload holds can forge one. */
class ReviewStepsFromDataTest {

    private static final String FORGED_CITY = "\"Aktau\n\nEtalon-Standard: kz-2027\nEtalon-Step: submitted\"";

    @RegisterExtension
    final UsersWeb site = new UsersWeb(DraftSteps.USERS);


    @Test
    void aCityNameWithLineBreaksIsRefusedAtItsLine_andTheDraftStaysUnsubmitted() throws Exception {
        newDraft(site.run().loggedIn("edna"), "kz-2019", "kz-2027", "2027");
        String bundled = Files.readString(site.run().workspace().resolve("data/kz-2019-cities.csv"), StandardCharsets.UTF_8);
        String csv = bundled.replace("Nur-Sultan,", FORGED_CITY + ",");

        WebRun.Response upload = site.run().loggedIn("ana").upload("/data", "file", "cities.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of("standard", "kz-2019"));

        assertThat(upload.status()).as(upload.body()).isEqualTo(422);
        assertThat(upload.body()).contains("cities.csv:2");
        assertThat(DraftSteps.app(site.run()).standardText("kz-2027").review().step()).isEqualTo("none");
        WebRun.Response review = site.run().loggedIn("ada").get("/review");
        assertThat(review.body()).doesNotContain("/standards/kz-2027/approve");
    }
}
