package kz.etalon.web;

import static kz.etalon.web.DraftSteps.app;
import static kz.etalon.web.DraftSteps.file;
import static kz.etalon.web.DraftSteps.log;
import static kz.etalon.web.DraftSteps.newDraft;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.analysis.CityComparison;
import kz.etalon.app.Comparing;
import kz.etalon.app.StandardText;
import kz.etalon.history.Commit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a draft from the editor (a commit by its editor), two editors saving one draft, and the impact preview. */
class EditorSaveAndPreviewTest {

    private static final String TARGET = "id: ctm.09, method: target, target: 100,";

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, DraftSteps.USERS);
        assertThat(newDraft(web.loggedIn("edna"), "kz-2019", "kz-2020", "2020").status()).isEqualTo(303);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theEditorOfADraft_holdsItsTextAndVersion_andTheReviewPanel() {
        StandardText stored = app(web).standardText("kz-2020");

        String page = web.loggedIn("edna").get("/standards/kz-2020/edit").body();

        assertThat(page).contains("id=\"editor\"").contains("name=\"base\" value=\"" + stored.version() + "\"")
                .contains("id=\"review-panel\"").contains("action=\"/standards/kz-2020/submit\"")
                .contains("status: draft");
    }

    @Test
    void thePreviewIsOnTheStandardsOwnDataUnlessAnotherDataSetIsChosen() {
        WebRun.Client edna = web.loggedIn("edna");

        String page = edna.get("/standards/kz-2020/edit").body();
        String chosen = edna.get("/standards/kz-2020/edit?data=kz-2018-cities.csv").body();

        // the newest file (another framework's example) is not taken for the standard's data
        assertThat(page).contains("<option value=\"u4ssc-example-cities.csv\">").doesNotContain("selected");
        assertThat(chosen).contains("<option value=\"kz-2018-cities.csv\" selected>");
    }

    @Test
    void aSave_storesTheText_asACommitByTheEditorWithTheirMessage() {
        StandardText stored = app(web).standardText("kz-2020");
        String raised = stored.text().replace(TARGET, "id: ctm.09, method: target, target: 150,");

        WebRun.Response saved = web.loggedIn("edna").post("/standards/kz-2020/save",
                Map.of("text", raised.replace("\n", "\r\n"), "base", stored.version(), "message", "Raise ctm.09 to 150"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/standards/kz-2020/edit?notice=saved");
        assertThat(file(web, "kz-2020")).isEqualTo(raised);
        Commit last = log(web, "standards/kz-2020.yaml").get(0);
        assertThat(last.author()).isEqualTo("edna");
        assertThat(last.subject()).contains("Raise ctm.09 to 150");
    }

    @Test
    void aSaveMadeFromAnOlderVersion_isAConflict_showingBothAndLosingNeither() {
        StandardText stored = app(web).standardText("kz-2020");
        String theirs = stored.text().replace(TARGET, "id: ctm.09, method: target, target: 120,");
        String mine = stored.text().replace(TARGET, "id: ctm.09, method: target, target: 180,");
        assertThat(web.loggedIn("abe").post("/standards/kz-2020/save",
                Map.of("text", theirs, "base", stored.version(), "message", "theirs")).status()).isEqualTo(303);
        int commits = log(web, "standards/kz-2020.yaml").size();

        WebRun.Response conflict = web.loggedIn("edna").post("/standards/kz-2020/save",
                Map.of("text", mine, "base", stored.version(), "message", "mine"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("id=\"conflict\"").contains("abe")
                .contains("target: 120,").contains("target: 180,")
                .contains("name=\"base\" value=\"" + app(web).standardText("kz-2020").version() + "\"");
        assertThat(file(web, "kz-2020")).isEqualTo(theirs);
        assertThat(log(web, "standards/kz-2020.yaml")).hasSize(commits);
    }

    @Test
    void aSaveOfTextWithErrors_isRefusedWithItsLine_storingNothing_andKeepsTheTextInTheEditor() {
        StandardText stored = app(web).standardText("kz-2020");
        String broken = stored.text().replace("- {min: 21, max: 40,  points: 2}", "- {min: 21, max: 4O,  points: 2}");
        int line = lineOf(broken, "max: 4O");

        WebRun.Response refused = web.loggedIn("edna").post("/standards/kz-2020/save",
                Map.of("text", broken, "base", stored.version(), "message", "broken"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"save-refused\"").contains("line " + line + ":")
                .contains("max: 4O").contains("data-unsaved=\"true\"");
        assertThat(file(web, "kz-2020")).isEqualTo(stored.text());
    }

    @Test
    void thePreviewOfARaisedTarget_namesTheChange_andEveryCityTheCompareOfTheTwoTextsMoves() throws Exception {
        StandardText stored = app(web).standardText("kz-2020");
        // ict.06's target raised tenfold moves three of the bundled cities (a smaller raise of one target moves none)
        String raised = stored.text().replace("id: ict.06, method: target, target: 50,", "id: ict.06, method: target, target: 500,");
        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("raised.yaml");
        Files.writeString(alone, raised);
        Comparing.Compared compared = app(web).compare(List.of("kz-2019", alone.toString()),
                List.of(web.workspace().resolve("data/kz-2019-cities.csv")));
        List<String> moved = compared.comparison().comparisons().stream().filter(c -> c.rankMove() != 0)
                .map(CityComparison::city).toList();
        assertThat(moved).isNotEmpty();

        String preview = web.loggedIn("edna").post("/standards/kz-2020/preview",
                Map.of("text", raised, "data", "kz-2019-cities.csv")).body();

        assertThat(preview).contains("data-state=\"ready\"").contains("id=\"preview-changes\"").contains("ict.06")
                .contains("500");
        assertThat(preview).contains(moved);
    }

    @Test
    void thePreviewOfTextWithErrors_asksToFixThemFirst() {
        String broken = app(web).standardText("kz-2020").text().replace("points: 2}", "points: two}");

        WebRun.Response preview = web.loggedIn("edna").post("/standards/kz-2020/preview", Map.of("text", broken, "data", ""));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("data-state=\"errors\"");
    }

    @Test
    void aViewerOrAnAnalyst_mayNeitherSaveNorPreview() {
        StandardText stored = app(web).standardText("kz-2020");
        for (String user : List.of("vera", "ana")) {
            WebRun.Client client = web.loggedIn(user);
            assertThat(client.post("/standards/kz-2020/save", Map.of("text", stored.text(), "base", stored.version(),
                    "message", "x")).status()).isEqualTo(403);
            assertThat(client.post("/standards/kz-2020/preview", Map.of("text", stored.text())).status()).isEqualTo(403);
        }
        assertThat(file(web, "kz-2020")).isEqualTo(stored.text());
    }

    private static int lineOf(String text, String part) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i + 1;
            }
        }
        throw new AssertionError(part + " not in the text");
    }
}
