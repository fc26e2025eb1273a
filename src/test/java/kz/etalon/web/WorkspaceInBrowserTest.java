package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.etalon.account.Role;
import kz.etalon.app.Bundled;
import kz.etalon.problem.Location;
import kz.etalon.report.html.Chromium;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web workspace in real headless Chromium, as an analyst uses it: log in, upload a workbook with a
 * bad cell and see that cell named, upload the corrected one, open the ranking and a city card's
 * explanation, compare kz-2018 with kz-2019, switch to Russian and download the report. No page may
 * log a console error or ask any host but the server. Screenshots go to target/browser-check/web-*.png.
 * Tagged {@code browser}: {@code .ci/run} installs Chromium and runs it, and there it must pass.
 */
@Tag("browser")
class WorkspaceInBrowserTest {

    private static final Path OUT = Path.of("target", "browser-check");
    private static final long WAIT_SECONDS = 30;

    @TempDir
    Path dir;

    @Test
    void anAnalystUploadsCorrectsEvaluatesExplainsComparesAndDownloadsInTheBrowser() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        Files.createDirectories(OUT);
        Workbooks workbooks = Workbooks.make(dir);
        try (WebRun web = WebRun.withUsers(dir, Map.of("aigerim", Role.ANALYST));
             Chromium browser = Chromium.start(chromium)) {
            Tab tab = new Tab(browser, web.base().toString(), dir.resolve("downloads"));

            tab.go("/");
            assertThat(tab.url()).contains("/login");
            tab.type("input[name=name]", "aigerim");
            tab.type("input[name=password]", WebRun.password("aigerim"));
            tab.submit("form[action='/login']");
            assertThat(tab.text("main")).contains("kz-2019");
            tab.screenshot("web-home");

            tab.go("/data");
            tab.upload("#upload", "kz-2019", workbooks.broken());
            tab.waitFor("document.querySelector('.problems') !== null", "the problems of the broken workbook");
            assertThat(tab.text(".problems")).contains(workbooks.brokenCell());
            tab.screenshot("web-upload-error");
            assertThat(Files.exists(web.workspace().resolve("data/uploads")) ? Files.list(web.workspace().resolve("data/uploads"))
                    .filter(f -> f.toString().endsWith(".xlsx")).count() : 0).as("nothing stored").isZero();

            tab.upload("#upload", "kz-2019", workbooks.corrected());
            tab.waitFor("document.querySelector('[data-stored]') !== null", "the stored upload");
            tab.click("[data-stored] a[href*='/results']");
            tab.waitFor("document.querySelectorAll('#ranking tbody tr').length === 17", "17 cities in the ranking");
            tab.screenshot("web-results");

            tab.click("#ranking tbody tr:first-child a[href*='/results/city']");
            tab.waitFor("document.querySelector('#explanation') !== null", "the city card's explanation");
            String explanation = tab.text("#explanation");
            assertThat(explanation).contains("kz-2019.yaml");
            tab.screenshot("web-city");

            tab.go("/compare?before=kz-2018&after=kz-2019");
            tab.waitFor("document.querySelectorAll('#movement tbody tr').length > 0", "the movement table");
            tab.screenshot("web-compare");

            tab.click("a[data-language=ru]");
            assertThat(tab.evaluate("JSON.stringify(document.documentElement.lang)").asText()).isEqualTo("ru");
            tab.go("/results?standard=kz-2019&data=kz-2019-cities.csv");
            assertThat(tab.text("header")).contains("Результаты");
            Path report = tab.download("a[href*='/results/download/html']");
            assertThat(Files.readString(report)).contains("<html lang=\"ru\"");
            tab.screenshot("web-results-ru");

            assertThat(tab.problems()).as("console errors and requests to other hosts").isEmpty();
        }
    }

    /** The bundled data as a filled template, once with a cell made "maybe" and once as it is. */
    private record Workbooks(Path broken, Path corrected, String brokenCell) {

        static Workbooks make(Path dir) throws Exception {
            byte[] filled = Bundled.app().template("kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en").workbook();
            Path corrected = dir.resolve("cities-2019.xlsx");
            Files.write(corrected, filled);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
                Sheet sheet = workbook.getSheet("Data");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellValue("maybe");
                            String where = Location.cell(null, sheet.getSheetName(), row.getRowNum() + 1, cell.getColumnIndex() + 1)
                                    .cell();
                            Path broken = dir.resolve("cities-2019-broken.xlsx");
                            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                                workbook.write(out);
                                Files.write(broken, out.toByteArray());
                            }
                            return new Workbooks(broken, corrected, where);
                        }
                    }
                }
            }
            throw new AssertionError("no number in the filled template");
        }
    }

    /** One browser tab: navigate, type, click, upload, wait, download, screenshot; and what went wrong in it. */
    private static final class Tab {

        private final Chromium browser;
        private final String base;
        private final Path downloads;
        private final List<String> problems = new CopyOnWriteArrayList<>();
        private final ObjectMapper json = new ObjectMapper();

        Tab(Chromium browser, String base, Path downloads) throws Exception {
            this.browser = browser;
            this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
            this.downloads = downloads;
            Files.createDirectories(downloads);
            browser.openPage(1280, 900);
            browser.onEvent(this::watch);
            for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
                browser.command(domain + ".enable", Map.of());
            }
            browser.command("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                    downloads.toAbsolutePath().toString(), "eventsEnabled", true));
        }

        private void watch(JsonNode event) {
            JsonNode params = event.path("params");
            switch (event.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        problems.add("console." + type + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    JsonNode entry = params.path("entry");
                    // a 4xx answer the page expects (an upload with errors is 422) is logged by Chromium as a network error
                    if (entry.path("level").asText().equals("error") && !entry.path("source").asText().equals("network")) {
                        problems.add("log: " + entry.path("text").asText());
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    if (!url.startsWith(base) && !url.startsWith("data:") && !url.equals("about:blank")) {
                        problems.add("request to another host: " + url);
                    }
                }
                default -> {
                }
            }
        }

        List<String> problems() {
            return problems;
        }

        void go(String path) throws Exception {
            browser.load(base + path);
        }

        String url() throws Exception {
            return evaluate("JSON.stringify(location.href)").asText();
        }

        JsonNode evaluate(String expression) throws Exception {
            return browser.evaluate(expression);
        }

        String text(String selector) throws Exception {
            waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
            return evaluate("JSON.stringify(document.querySelector(" + quoted(selector) + ").innerText)").asText();
        }

        void type(String selector, String text) throws Exception {
            waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
            evaluate("(() => { const e = document.querySelector(" + quoted(selector) + "); e.focus(); e.value = "
                    + quoted(text) + "; e.dispatchEvent(new Event('input', {bubbles: true})); return 'true'; })()");
        }

        /** Submits a form that navigates, and waits for the next page. */
        void submit(String selector) throws Exception {
            navigating("document.querySelector(" + quoted(selector) + ").requestSubmit()");
        }

        /** Clicks a link or button that navigates, and waits for the next page. */
        void click(String selector) throws Exception {
            waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
            navigating("document.querySelector(" + quoted(selector) + ").click()");
        }

        private void navigating(String action) throws Exception {
            CompletableFuture<Void> loaded = new CompletableFuture<>();
            browser.onEvent(event -> {
                if ("Page.loadEventFired".equals(event.path("method").asText())) {
                    loaded.complete(null);
                }
            });
            evaluate("(() => { " + action + "; return 'true'; })()");
            loaded.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        /** Chooses {@code standard} and {@code file} in the upload form and sends it (the page updates in place). */
        void upload(String form, String standard, Path file) throws Exception {
            waitFor("document.querySelector(" + quoted(form + " input[type=file]") + ") !== null", "the upload form");
            evaluate("(() => { document.querySelectorAll('.problems, [data-stored]').forEach(e => e.remove());"
                    + " const s = document.querySelector(" + quoted(form + " select[name=standard]") + ");"
                    + " if (s) { s.value = " + quoted(standard) + "; } return 'true'; })()");
            int root = browser.command("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
            int input = browser.command("DOM.querySelector", Map.of("nodeId", root, "selector", form + " input[type=file]"))
                    .path("nodeId").asInt();
            browser.command("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(file.toAbsolutePath().toString())));
            evaluate("(() => { const f = document.querySelector(" + quoted(form) + ");"
                    + " if (!f.hasAttribute('data-autosubmit')) { f.requestSubmit(); } return 'true'; })()");
        }

        /** Clicks a download link and waits for the whole file. */
        Path download(String selector) throws Exception {
            waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
            evaluate("(() => { document.querySelector(" + quoted(selector) + ").click(); return 'true'; })()");
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < until) {
                try (Stream<Path> files = Files.list(downloads)) {
                    List<Path> done = files.filter(f -> !f.toString().endsWith(".crdownload")).toList();
                    if (!done.isEmpty()) {
                        return done.get(0);
                    }
                }
                Thread.sleep(100);
            }
            return fail("no download from " + selector + " within " + WAIT_SECONDS + " s");
        }

        void waitFor(String condition, String what) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < until) {
                if (evaluate("JSON.stringify(!!(" + condition + "))").asBoolean()) {
                    return;
                }
                Thread.sleep(100);
            }
            fail("waited " + WAIT_SECONDS + " s for " + what + " on " + url() + ": " + problems);
        }

        void screenshot(String name) throws Exception {
            JsonNode shot = browser.command("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false));
            Files.write(OUT.resolve(name + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));
        }

        private String quoted(String text) throws Exception {
            return json.writeValueAsString(text);
        }
    }
}
