package kz.etalon.web;

import static kz.etalon.web.DraftSteps.newDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A draft's id becomes a Git tag when it is published: an id Git cannot tag is refused when the draft is made. */
class DraftIdsTest {

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

    @ParameterizedTest
    @ValueSource(strings = {"x.lock", "a..b", "x.", "kz-2027.yaml", "kz.yml"})
    void anIdGitCannotTagIsRefusedAtCreation(String id) {
        WebRun.Response made = newDraft(web.loggedIn("edna"), "kz-2019", id, "2027");

        assertThat(made.status()).as(made.body()).isEqualTo(422);
        assertThat(Files.exists(web.workspace().resolve("standards/" + id + ".yaml"))).isFalse();
    }
}
