package kz.etalon.web;

import static kz.etalon.web.DraftSteps.file;
import static kz.etalon.web.DraftSteps.log;
import static kz.etalon.web.DraftSteps.newDraft;
import static kz.etalon.web.DraftSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.app.StandardText;
import kz.etalon.history.Commit;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.standard.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new draft, a restored version and the review steps through the browser: each a commit by its user, or refused. */
class DraftPagesTest {

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
    void aNewDraftIsMadeFromAStandard_committedByItsAuthor_andOpensInTheEditor() {
        WebRun.Response made = newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");

        assertThat(made.status()).as(made.body()).isEqualTo(303);
        assertThat(made.header("Location")).isEqualTo("/standards/kz-2020/edit");
        String text = file(web, "kz-2020");
        assertThat(text).contains("id: kz-2020", "year: 2020", "status: draft", "based_on: kz-2019");
        List<Commit> commits = log(web, "standards/kz-2020.yaml");
        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).author()).isEqualTo("edna");
        assertThat(commits.get(0).trailers()).containsEntry("Etalon-Step", "created");
    }

    @Test
    void theNewDraftFormSuggestsTheNextYearOfTheSameFamily() {
        String home = web.loggedIn("edna").get("/").body();
        assertThat(home).contains("action=\"/standards/new\"", "name=\"id\" value=\"kz-2027\"", "name=\"year\" value=\"2027\"");
        String standard = web.loggedIn("edna").get("/standards/kz-2019").body();
        assertThat(standard).contains("name=\"from\" value=\"kz-2019\"", "name=\"id\" value=\"kz-2020\"");
        assertThat(web.loggedIn("vera").get("/").body()).doesNotContain("action=\"/standards/new\"");
    }

    @Test
    void aDraftUnderAnExistingIdIsRefused_withTheFormAgain_andNothingWritten() throws Exception {
        byte[] before = Files.readAllBytes(web.workspace().resolve("standards/kz-2018.yaml"));
        int commits = log(web, "standards/kz-2018.yaml").size();

        WebRun.Response refused = newDraft(web.loggedIn("edna"), "kz-2019", "kz-2018", "2020");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("There is already a standard named", "kz-2018", "action=\"/standards/new\"");
        assertThat(Files.readAllBytes(web.workspace().resolve("standards/kz-2018.yaml"))).isEqualTo(before);
        assertThat(log(web, "standards/kz-2018.yaml")).hasSize(commits);
    }

    @Test
    void aBadIdAndABadYearAreBothNamed_inTheReadersLanguage_andNothingIsWritten() throws Exception {
        WebRun.Client edna = web.loggedIn("edna");
        edna.get("/language/ru?back=/");
        WebRun.Response refused = newDraft(edna, "kz-2019", "../evil", "next");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Идентификатор «../evil» не подходит", "«next» — не год");
        try (var files = Files.list(web.workspace().resolve("standards"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")))
                    .containsExactlyInAnyOrder("kz-2018.yaml", "kz-2019.yaml", "kz-2026.yaml", "u4ssc-2017.yaml",
                            "u4ssc-example.yaml");
        }
    }

    @Test
    void restoringAnOlderVersionMakesANewCommitWithItsText() {
        WebRun.Client edna = web.loggedIn("edna");
        newDraft(edna, "kz-2019", "kz-2020", "2020");
        String created = file(web, "kz-2020");
        String createdCommit = log(web, "standards/kz-2020.yaml").get(0).id();
        DraftSteps.saveWithTargetChanged(web, "kz-2020", "edna");
        assertThat(file(web, "kz-2020")).isNotEqualTo(created);

        WebRun.Response restored = edna.post("/standards/kz-2020/restore", Map.of("revision", createdCommit));

        assertThat(restored.status()).as(restored.body()).isEqualTo(303);
        assertThat(file(web, "kz-2020")).isEqualTo(created);
        List<Commit> commits = log(web, "standards/kz-2020.yaml");
        assertThat(commits).hasSize(3);
        assertThat(commits.get(0).author()).isEqualTo("edna");
        assertThat(commits.get(0).trailers()).containsEntry("Etalon-Step", "restored");
    }

    @Test
    void aSubmittedDraftApprovedByAnotherAdministratorIsPublishedAndTagged() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        WebRun.Response submitted = step(web.loggedIn("edna"), "kz-2020", "submit", "Ready for review");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(303);

        WebRun.Response approved = step(web.loggedIn("abe"), "kz-2020", "approve", "Looks right");

        assertThat(approved.status()).as(approved.body()).isEqualTo(303);
        StandardText text = DraftSteps.app(web).standardText("kz-2020");
        assertThat(text.status()).isEqualTo(Status.PUBLISHED);
        assertThat(file(web, "kz-2020")).doesNotContain("status: draft");
        try (WorkspaceRepository repository = WorkspaceRepository.open(web.workspace())) {
            assertThat(repository.textAt("standards/kz-2020.yaml", "kz-2020")).hasValue(file(web, "kz-2020"));
        }
        assertThat(log(web, "standards/kz-2020.yaml").get(0).author()).isEqualTo("abe");
    }

    @Test
    void anAdministratorApprovingTheirOwnDraftIsRefused_andNothingChanges() {
        newDraft(web.loggedIn("ada"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("ada"), "kz-2020", "submit", "Mine");
        String before = file(web, "kz-2020");
        int commits = log(web, "standards/kz-2020.yaml").size();

        WebRun.Response refused = step(web.loggedIn("ada"), "kz-2020", "approve", "Approving my own");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("id=\"step-refused\"", "The review step was refused");
        assertThat(file(web, "kz-2020")).isEqualTo(before).contains("status: draft");
        assertThat(log(web, "standards/kz-2020.yaml")).hasSize(commits);
    }

    @Test
    void viewersAndAnalystsMayNotMakeSubmitApproveOrSendBack_andEditorsMayNotApprove() {
        newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020");
        step(web.loggedIn("edna"), "kz-2020", "submit", "Ready");
        String before = file(web, "kz-2020");
        int commits = log(web, "standards/kz-2020.yaml").size();

        for (String name : List.of("vera", "ana")) {
            WebRun.Client client = web.loggedIn(name);
            assertThat(newDraft(client, "kz-2019", "kz-2021", "2021").status()).as(name).isEqualTo(403);
            for (String action : List.of("submit", "approve", "send-back")) {
                assertThat(step(client, "kz-2020", action, "no").status()).as(name + " " + action).isEqualTo(403);
            }
            assertThat(client.post("/standards/kz-2020/restore", Map.of("revision", "HEAD")).status()).isEqualTo(403);
        }
        WebRun.Client edna = web.loggedIn("edna");
        assertThat(step(edna, "kz-2020", "approve", "mine anyway").status()).isEqualTo(403);
        assertThat(step(edna, "kz-2020", "send-back", "no").status()).isEqualTo(403);

        assertThat(Files.exists(web.workspace().resolve("standards/kz-2021.yaml"))).isFalse();
        assertThat(file(web, "kz-2020")).isEqualTo(before);
        assertThat(log(web, "standards/kz-2020.yaml")).hasSize(commits);
    }
}
