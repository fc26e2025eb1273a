package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor page of a standard: the text, its check, the forms' in-place edits, and who may use them. */
class EditorPageTest {

    @TempDir
    static Path dir;
    static WebRun web;
    static String kz2019;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void serve() throws Exception {
        web = WebRun.withUsers(dir, Map.of("edna", Role.EDITOR, "vera", Role.VIEWER, "ana", Role.ANALYST));
        kz2019 = Files.readString(web.workspace().resolve("standards/kz-2019.yaml"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aPublishedStandardIsShownReadOnly_withTheFormForANewDraftOfIt() {
        String page = web.loggedIn("edna").get("/standards/kz-2019/edit").body();

        assertThat(page).contains("<textarea id=\"yaml\" name=\"text\" rows=\"30\" readonly")
                .contains("action=\"/standards/new\"").contains("name=\"from\" value=\"kz-2019\"")
                .doesNotContain("id=\"editor\"").contains("# Etalon reference standard kz-2019");
    }

    @Test
    void checkingABrokenBand_givesAnErrorAtTheBandsLine() throws Exception {
        String broken = kz2019.replace("- {min: 21, max: 40,  points: 2}", "- {min: 21, max: 4O,  points: 2}");

        WebRun.Response answer = web.loggedIn("edna").post("/standards/kz-2019/check", Map.of("text", broken));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode problems = JSON.readTree(answer.body()).get("problems");
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.get("line").asInt()).isEqualTo(26);
            assertThat(p.get("severity").asText()).isEqualTo("error");
        });
    }

    @Test
    void checkingTheStoredText_findsNoError() throws Exception {
        JsonNode problems = JSON.readTree(web.loggedIn("edna").post("/standards/kz-2019/check",
                Map.of("text", kz2019)).body()).get("problems");

        assertThat(problems).noneSatisfy(p -> assertThat(p.get("severity").asText()).isEqualTo("error"));
    }

    @Test
    void raisingATargetInTheForm_changesOnlyThatValue_andKeepsEveryComment() throws Exception {
        WebRun.Response answer = web.loggedIn("edna").post("/standards/kz-2019/edit",
                Map.of("text", kz2019, "action", "set-indicator", "indicator", "ctm.09", "target", "150"));

        assertThat(answer.status()).isEqualTo(200);
        String edited = JSON.readTree(answer.body()).get("text").asText();
        assertThat(edited).isEqualTo(kz2019.replace("{id: ctm.09, method: target, target: 100,",
                "{id: ctm.09, method: target, target: 150,"));
        List<String> comments = kz2019.lines().filter(line -> line.strip().startsWith("#")).toList();
        assertThat(edited.lines().filter(line -> line.strip().startsWith("#")).toList()).isEqualTo(comments);
    }

    @Test
    void aBandsBoundsAndAFactorAreSetInPlace() throws Exception {
        WebRun.Client edna = web.loggedIn("edna");
        String banded = JSON.readTree(edna.post("/standards/kz-2019/edit", Map.of("text", kz2019, "action", "set-band",
                "points", "2", "min", "21", "max", "45")).body()).get("text").asText();
        String factored = JSON.readTree(edna.post("/standards/kz-2019/edit", Map.of("text", banded, "action",
                "set-factor", "name", "K2", "value", "3")).body()).get("text").asText();

        assertThat(factored).contains("max: 45").contains("factors: {K1: 1, K2: 3}")
                .hasLineCount(kz2019.split("\n", -1).length - 1);
    }

    @Test
    void editingAnIndicatorTheTextLacks_is422WithTheProblem() throws Exception {
        WebRun.Response answer = web.loggedIn("edna").post("/standards/kz-2019/edit",
                Map.of("text", kz2019, "action", "remove-indicator", "indicator", "zzz.99"));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(JSON.readTree(answer.body()).get("problems").get(0).get("message").asText()).contains("zzz.99");
    }

    @Test
    void theSchemaIsServedForCompletion() throws Exception {
        WebRun.Response answer = web.loggedIn("vera").get("/schema/etalon-v1.json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("$schema")).isNotNull();
    }

    @Test
    void aViewerAndAnAnalystAreRefusedThePageAndEveryEditingPost() {
        for (String name : List.of("vera", "ana")) {
            WebRun.Client client = web.loggedIn(name);
            assertThat(client.get("/standards/kz-2019/edit").status()).as(name).isEqualTo(403);
            assertThat(client.post("/standards/kz-2019/check", Map.of("text", kz2019)).status()).as(name).isEqualTo(403);
            assertThat(client.post("/standards/kz-2019/edit", Map.of("text", kz2019, "action", "set-factor",
                    "name", "K2", "value", "3")).status()).as(name).isEqualTo(403);
        }
    }

    @Test
    void aPostWithoutTheToken_isRefused() {
        WebRun.Client edna = web.loggedIn("edna");

        WebRun.Response answer = edna.postRaw("/standards/kz-2019/check", Map.of("text", kz2019), Map.of());

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("\"problems\"");
    }

    @Test
    void inRussianAndKazakh_theCodeEditorsOwnWordsComeTranslated_everyOneOfThem() throws Exception {
        for (String language : List.of("ru", "kk")) {
            WebRun.Client client = web.loggedIn("edna");
            client.get("/language/" + language + "?back=/");
            String page = client.get("/standards/kz-2019/edit").body();
            java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("data-phrases=\"([^\"]*)\"").matcher(page);
            assertThat(attribute.find()).as(language).isTrue();
            JsonNode phrases = JSON.readTree(unescaped(attribute.group(1)));
            assertThat(phrases.size()).isEqualTo(EditorPage.CODE_EDITOR_PHRASES.size());
            for (String phrase : EditorPage.CODE_EDITOR_PHRASES) {
                String said = phrases.get(phrase).asText();
                assertThat(said).as(language + ": " + phrase).isNotBlank().doesNotStartWith("editor.cm.")
                        .isNotEqualTo(phrase);
            }
            assertThat(phrases.get("Find").asText()).isEqualTo(language.equals("ru") ? "Найти" : "Табу");
        }
    }

    /** An attribute's value as the browser reads it (jte writes quotes and the like as entities). */
    private static String unescaped(String attribute) {
        return attribute.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
