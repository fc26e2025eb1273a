package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A draft's id becomes a Git tag when it is published: an id Git cannot tag is refused when the draft is made. */
class DraftIdsTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(DraftSteps.USERS);


    @ParameterizedTest
    @ValueSource(strings = {"x.lock", "a..b", "x.", "kz-2027.yaml", "kz.yml"})
    void anIdGitCannotTagIsRefusedAtCreation(String id) {
        WebRun.Response made = newDraft(site.run().loggedIn("edna"), "kz-2019", id, "2027");

        assertThat(made.status()).as(made.body()).isEqualTo(422);
        assertThat(Files.exists(site.run().workspace().resolve("standards/" + id + ".yaml"))).isFalse();
    }
}
