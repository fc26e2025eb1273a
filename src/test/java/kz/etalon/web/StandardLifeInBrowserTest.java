package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.analysis.CityComparison;
import kz.etalon.app.Comparing;
import kz.etalon.app.StandardText;
import kz.etalon.history.Commit;
import kz.etalon.report.html.Chromium;
import kz.etalon.standard.Status;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new year's standard made in real headless Chromium: an editor drafts kz-2019 for 2020, raises a target
 * in the form and sees the cities that move, breaks a band in the code editor and sees the error at its
 * line, fixes it, saves and submits; an administrator logs in, approves it, and reads the history. No page
 * may log a console error or ask another host. Screenshots go to target/browser-check/life-*.png.
 */
@Tag("browser")
class StandardLifeInBrowserTest {

    private static final String TARGET = "id: ict.06, method: target, target: 50,";
    private static final String RAISED = "id: ict.06, method: target, target: 500,";

    @TempDir
    Path dir;

    @Test
    void anEditorDraftsPreviewsFixesAndSubmits_andAnotherAdminApproves_andTheHistoryShowsBoth() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        Files.createDirectories(BrowserTab.OUT);
        try (WebRun web = WebRun.withUsers(dir, DraftSteps.USERS);
             Chromium browser = Chromium.start(chromium)) {
            BrowserTab tab = new BrowserTab(browser, web.base().toString(), dir.resolve("downloads"));
            logIn(tab, "edna");

            tab.go("/standards/kz-2019");
            tab.type("#new-draft input[name=id]", "kz-2020");
            tab.type("#new-draft input[name=year]", "2020");
            tab.submit("#new-draft");
            assertThat(tab.url()).endsWith("/standards/kz-2020/edit");
            tab.waitFor("document.querySelector('.cm-editor') !== null", "the code editor");
            tab.waitFor("document.querySelector('#preview [data-state=ready]') !== null", "the first preview");

            List<String> moved = citiesMovedBy(web, RAISED);
            tab.choose("form[data-action=set-indicator] select[name=indicator]", "ict.06");
            tab.type("form[data-action=set-indicator] input[name=target]", "500");
            tab.submitInPlace("form[data-action=set-indicator]");
            tab.waitFor("document.querySelector('#yaml').value.includes(" + json(RAISED) + ")", "the raised target in the text");
            tab.waitFor("(document.querySelector('#preview-changes') || {innerText: ''}).innerText.includes('ict.06')",
                    "the preview of the raised target");
            String preview = tab.text("#preview");
            assertThat(preview).contains(moved);
            tab.screenshot("life-preview");

            tab.replaceInEditor("- {min: 21, max: 40,  points: 2}", "- {min: 21, max: 4O,  points: 2}");
            int line = lineOf(tab.evaluate("JSON.stringify(document.querySelector('#yaml').value)").asText(), "max: 4O");
            tab.waitFor("document.querySelectorAll('.cm-lintRange-error').length > 0", "the error of the broken band");
            assertThat(tab.text("#problems li.error")).startsWith("line " + line);
            tab.screenshot("life-error");

            tab.replaceInEditor("max: 4O", "max: 40");
            tab.waitFor("document.querySelectorAll('.cm-lintRange-error').length === 0"
                    + " && document.querySelector('#preview [data-state=ready]') !== null", "the fixed band checked");
            tab.type("#message", "kz-2020: ICT indicator ict.06 target raised to 500");
            tab.submit("#editor");
            assertThat(tab.url()).endsWith("/standards/kz-2020/edit?notice=saved");
            assertThat(DraftSteps.file(web, "kz-2020")).contains(RAISED).doesNotContain(TARGET);

            tab.type("#review-panel form[action$='/submit'] textarea[name=comment]", "Ready for review");
            tab.submit("#review-panel form[action$='/submit']");
            logOut(tab);

            logIn(tab, "ada");
            tab.go("/review");
            tab.click("a[href='/standards/kz-2020/edit']");
            tab.type("#review-panel form[action$='/approve'] textarea[name=comment]", "Approved");
            tab.submit("#review-panel form[action$='/approve']");
            StandardText published = DraftSteps.app(web).standardText("kz-2020");
            assertThat(published.status()).isEqualTo(Status.PUBLISHED);

            tab.go("/standards/kz-2020/history");
            String history = tab.text("main");
            assertThat(history).contains("edna", "ada", "kz-2020: ICT indicator ict.06 target raised to 500", "Ready for review");
            tab.screenshot("life-history");
            List<Commit> log = DraftSteps.log(web, "standards/kz-2020.yaml");
            assertThat(log).extracting(Commit::author).contains("edna", "ada");

            assertThat(tab.problems()).as("console errors and requests to other hosts").isEmpty();
        }
    }

    private static void logIn(BrowserTab tab, String name) throws Exception {
        tab.go("/login");
        tab.type("input[name=name]", name);
        tab.type("input[name=password]", WebRun.password(name));
        tab.submit("form[action='/login']");
    }

    private static void logOut(BrowserTab tab) throws Exception {
        tab.submit("form[action='/logout']");
    }

    /** The cities the compare of kz-2019 with its copy holding {@code change} moves, computed apart from the page. */
    private List<String> citiesMovedBy(WebRun web, String change) throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone")).resolve("changed.yaml");
        Files.writeString(alone, Files.readString(web.workspace().resolve("standards/kz-2019.yaml")).replace(TARGET, change));
        Comparing.Compared compared = DraftSteps.app(web).compare(List.of("kz-2019", alone.toString()),
                List.of(web.workspace().resolve("data/kz-2019-cities.csv")));
        List<String> moved = compared.comparison().comparisons().stream().filter(c -> c.rankMove() != 0)
                .map(CityComparison::city).toList();
        assertThat(moved).as("the raised target moves someone").isNotEmpty();
        return moved;
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
