package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.report.html.Chromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The jar's editor.js in real headless Chromium on a page built to the editor page's DOM contract
 * (docs/web.md), served with the workspace's Content-Security-Policy by a stub that answers /check,
 * /preview and /edit as the contract says: a broken line gets a diagnostic at its line and in the
 * problems list, the preview follows a clean text and the data chosen, completion offers the schema's
 * values at the cursor's YAML path, an answer overtaken by a later check is ignored, an edit form changes
 * the text in one undoable step (past what was typed while it was asked) or shows why not, CodeMirror's own words come from the page, the save
 * form posts the editor's text without an unsaved-work warning, and a narrow screen stacks the panels. Screenshots go to
 * target/browser-check/editor-*.png.
 */
@Tag("browser")
class EditorScriptInBrowserTest {

    private static final Path OUT = Path.of("target", "browser-check");
    private static final long WAIT_SECONDS = 30;
    private static final String CSRF = "csrf-of-this-session";
    private static final String TEXT = """
            schema: etalon/v1
            id: kz-test
            year: 2030
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 0}
              factors: {K1: 1, K2: 2}
            areas:
              - id: ctm
                indicators:
                  - {id: ctm.01, method: share, provenance: paper}
                  - {id: ctm.02, method: share, provenance: press}""";

    @Test
    void theEditorChecksPreviewsCompletesEditsUndoesAndSaves() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        Files.createDirectories(OUT);
        try (Stub stub = new Stub(); Chromium browser = Chromium.start(chromium)) {
            Tab tab = new Tab(browser, stub.base());
            tab.open("/editor");
            tab.waitFor("window.etalonEvents.checked.length >= 1 && window.etalonEvents.previewed.length >= 1", "the first check and preview");

            assertThat(tab.bool("document.querySelector('#yaml').hidden")).as("the textarea gives way").isTrue();
            assertThat(tab.bool("document.querySelectorAll('.cm-editor .cm-lineNumbers .cm-gutterElement').length > 5")).isTrue();
            assertThat(tab.string("document.querySelector('#problems').innerText")).isEqualTo("No problems here");
            assertThat(tab.string("document.querySelector('#preview').innerText")).isEqualTo("12 lines on a.csv");
            assertThat(stub.headers()).as("every POST names the session's token and comes from the script")
                    .allMatch(h -> h.equals(CSRF + " fetch"));

            tab.key("End", "End", 35, 2);
            tab.insert("\n    broken: ??? # todo");
            tab.waitFor("window.etalonEvents.checked.some(d => d.errors === 1)", "a check with the broken line");
            assertThat(tab.number("document.querySelectorAll('.cm-lintRange-error').length")).isEqualTo(1);
            assertThat(tab.string("document.querySelector('.cm-lintRange-error').textContent")).isEqualTo("???");
            assertThat(tab.number("document.querySelectorAll('.cm-lint-marker-error').length")).as("a marker in the gutter").isEqualTo(1);
            assertThat(tab.string("document.querySelector('#problems li.error').innerText"))
                    .isEqualTo("line 13:13 not a value: ???");
            assertThat(tab.string("document.querySelector('#problems li.warning').innerText")).isEqualTo("line 13 a note to do");
            assertThat(tab.bool("document.querySelector('#preview').classList.contains('stale')")).as("no preview of a broken text").isTrue();
            assertThat(stub.checked().get(stub.checked().size() - 1)).isEqualTo(TEXT + "\n    broken: ??? # todo");
            tab.screenshot("editor-problem");

            tab.key("z", "KeyZ", 90, 2);
            tab.waitFor("document.querySelector('#yaml').value === " + tab.quoted(TEXT), "the typing undone");
            int previews = tab.value("window.etalonEvents.previewed.length").asInt();
            tab.waitFor("window.etalonEvents.previewed.length > " + previews, "the preview of the clean text");
            assertThat(tab.number("document.querySelectorAll('.cm-lintRange-error').length")).isEqualTo(0);
            assertThat(tab.bool("document.querySelector('#preview').classList.contains('stale')")).isFalse();

            tab.evaluate("(() => { const s = document.querySelector('#preview-data'); s.value = 'b.csv';"
                    + " s.dispatchEvent(new Event('change', {bubbles: true})); return 'true'; })()");
            tab.waitFor("document.querySelector('#preview').innerText === '12 lines on b.csv'", "the preview on the other data");

            tab.key("End", "End", 35, 2);
            tab.insert("\n      - {id: ctm.03, method: share, provenance: pr");
            tab.waitFor("document.querySelector('.cm-tooltip-autocomplete') !== null", "the completion list");
            assertThat(tab.string("[...document.querySelectorAll('.cm-tooltip-autocomplete li')].map(li => li.innerText).join(',')"))
                    .as("the provenance enum of the schema, at areas[].indicators[].provenance").isEqualTo("press");
            tab.screenshot("editor-completion");
            Thread.sleep(200); // CodeMirror takes no Enter in the first 75 ms of a completion list (interactionDelay)
            tab.key("Enter", "Enter", 13, 0);
            tab.waitFor("document.querySelector('#yaml').value.endsWith('provenance: press')", "the completion applied");
            tab.insert(", ");
            tab.key(" ", "Space", 32, 2);
            tab.waitFor("document.querySelector('.cm-tooltip-autocomplete') !== null", "the key completion list");
            assertThat(tab.string("[...document.querySelectorAll('.cm-tooltip-autocomplete li')].map(li => li.innerText).join(',')"))
                    .as("the indicator's keys not yet given").contains("target", "better", "name").doesNotContain("method", "provenance");
            tab.key("Escape", "Escape", 27, 0);
            for (int i = 0; i < 5; i++) {
                tab.key("z", "KeyZ", 90, 2);
            }
            tab.waitFor("document.querySelector('#yaml').value === " + tab.quoted(TEXT), "the new indicator undone");
            tab.waitFor("window.etalonEvents.checked.at(-1).errors === 0", "the check of the text as it was");

            // an answer that comes after the answer to a later check is not shown
            int before = tab.number("window.etalonEvents.checked.length");
            tab.key("End", "End", 35, 2);
            tab.insert("\n# slow ???");
            stub.waitForSlowCheck();
            tab.key("z", "KeyZ", 90, 2);
            tab.waitFor("window.etalonEvents.checked.length > " + before, "the check after the undo");
            stub.waitForSlowAnswer();
            Thread.sleep(300);
            assertThat(tab.number("window.etalonEvents.checked.length")).as("the slow answer ignored").isEqualTo(before + 1);
            assertThat(tab.number("document.querySelectorAll('.cm-lintRange-error').length")).isZero();

            int checks = tab.number("window.etalonEvents.checked.length");
            tab.submitEdit("K2", "3");
            tab.waitFor("window.etalonEvents.edited.length === 1", "the edit form's answer");
            assertThat(tab.bool("window.etalonEvents.edited[0].ok")).isTrue();
            assertThat(tab.string("document.querySelector('#yaml').value")).isEqualTo(TEXT.replace("K2: 2", "K2: 3"));
            assertThat(stub.edits().get(0)).containsEntry("action", "set-factor").containsEntry("name", "K2")
                    .containsEntry("value", "3").containsEntry("text", TEXT);
            tab.waitFor("window.etalonEvents.checked.length > " + checks, "the check after the edit");
            tab.screenshot("editor-edited");
            tab.focusEditor();
            tab.key("z", "KeyZ", 90, 2);
            tab.waitFor("document.querySelector('#yaml').value === " + tab.quoted(TEXT), "the edit undone in one step");

            tab.submitEdit("K9", "1");
            tab.waitFor("window.etalonEvents.edited.length === 2", "the refused edit's answer");
            assertThat(tab.string("document.querySelector('form.yaml-edit .edit-problems').innerText")).isEqualTo("no factor K9 here");
            assertThat(tab.string("document.querySelector('#yaml').value")).as("a refused edit changes nothing").isEqualTo(TEXT);

            // typing while the server answers an edit: the edit is moved past the typing, each undone on its own
            stub.slowEdits();
            tab.submitEdit("K1", "5");
            tab.key("End", "End", 35, 2);
            tab.insert("\n# typed meanwhile");
            tab.waitFor("window.etalonEvents.edited.length === 3", "the slow edit's answer");
            String both = TEXT.replace("K1: 1", "K1: 5") + "\n# typed meanwhile";
            assertThat(tab.string("document.querySelector('#yaml').value")).isEqualTo(both);
            tab.key("z", "KeyZ", 90, 2);
            tab.waitFor("document.querySelector('#yaml').value === " + tab.quoted(TEXT + "\n# typed meanwhile"), "the edit undone, the typing kept");
            tab.key("z", "KeyZ", 90, 2);
            tab.waitFor("document.querySelector('#yaml').value === " + tab.quoted(TEXT), "the typing undone");

            tab.insert("\n# a note");
            assertThat(tab.bool("(() => { const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                    + " return e.defaultPrevented; })()")).as("unsaved work warns").isTrue();
            tab.key("f", "KeyF", 70, 2);
            assertThat(tab.string("document.querySelector('.cm-search input[name=search]').placeholder"))
                    .as("CodeMirror's own words from the page").isEqualTo("Найти");
            tab.key("Escape", "Escape", 27, 0);
            tab.navigating("document.querySelector('#editor').requestSubmit()");
            // a browser sends a form's line breaks as CRLF (with or without the script): the server reads them as LF
            assertThat(stub.saved()).containsExactly((TEXT + "\n# a note").replace("\n", "\r\n"));
            assertThat(tab.dialogs()).as("saving does not warn").isEmpty();

            tab.resize(720, 1100);
            tab.waitFor("window.etalonEvents.checked.length >= 1", "the editor on the saved page");
            assertThat(tab.bool("document.querySelector('.editor-side').getBoundingClientRect().top"
                    + " > document.querySelector('.cm-editor').getBoundingClientRect().bottom")).as("a narrow screen stacks").isTrue();
            tab.screenshot("editor-narrow");
            assertThat(tab.problems()).as("console errors and requests to other hosts").isEmpty();
        }
    }

    /** The editor page's routes as the contract answers them, with the jar's assets and the real schema. */
    private static final class Stub implements AutoCloseable {

        private static final Pattern FACTOR = Pattern.compile("\\b(K\\d+): *(\\d+)");
        private final ObjectMapper json = new ObjectMapper();
        private final HttpServer server;
        private final List<String> headers = new CopyOnWriteArrayList<>();
        private final List<String> checked = new CopyOnWriteArrayList<>();
        private final List<Map<String, String>> edits = new CopyOnWriteArrayList<>();
        private final List<String> saved = new CopyOnWriteArrayList<>();
        private final CountDownLatch slowAsked = new CountDownLatch(1);
        private final CountDownLatch slowAnswered = new CountDownLatch(1);
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private volatile boolean slowEdits;

        Stub() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::answer);
            server.setExecutor(threads); // requests answered at once, so a slow one can be overtaken
            server.start();
        }

        void slowEdits() {
            slowEdits = true;
        }

        void waitForSlowCheck() throws InterruptedException {
            assertThat(slowAsked.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the slow check asked").isTrue();
        }

        void waitForSlowAnswer() throws InterruptedException {
            assertThat(slowAnswered.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the slow check answered").isTrue();
        }

        String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        List<String> headers() {
            return headers;
        }

        List<String> checked() {
            return checked;
        }

        List<Map<String, String>> edits() {
            return edits;
        }

        List<String> saved() {
            return saved;
        }

        private void answer(HttpExchange exchange) throws IOException {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Security-Policy", WebServer.POLICY);
                String path = exchange.getRequestURI().getPath();
                if (exchange.getRequestMethod().equals("GET")) {
                    get(exchange, path);
                    return;
                }
                Map<String, String> fields = form(exchange.getRequestBody().readAllBytes());
                if (path.equals("/save")) {
                    saved.add(fields.get("text"));
                    exchange.getResponseHeaders().set("Location", "/editor?saved");
                    exchange.sendResponseHeaders(303, -1);
                    return;
                }
                headers.add(exchange.getRequestHeaders().getFirst("X-CSRF-Token") + " "
                        + exchange.getRequestHeaders().getFirst("X-Requested-With"));
                switch (path) {
                    case "/check" -> {
                        checked.add(fields.get("text"));
                        boolean slow = fields.get("text").contains("# slow");
                        if (slow) {
                            slowAsked.countDown();
                            sleep(1500);
                        }
                        send(exchange, 200, "application/json", json.writeValueAsString(Map.of("problems", check(fields.get("text")))));
                        if (slow) {
                            slowAnswered.countDown();
                        }
                    }
                    case "/preview" -> send(exchange, 200, "text/html; charset=utf-8",
                            "<p class=\"stub\">" + fields.get("text").split("\n").length + " lines on " + fields.get("data") + "</p>");
                    case "/edit" -> edit(exchange, fields);
                    default -> send(exchange, 404, "text/plain", "no " + path);
                }
            }
        }

        private void get(HttpExchange exchange, String path) throws IOException {
            if (path.equals("/editor")) {
                send(exchange, 200, "text/html; charset=utf-8", page());
            } else if (path.equals("/schema/etalon-v1.json")) {
                send(exchange, 200, "application/json", Files.readString(Path.of("standards/schema/etalon-v1.schema.json")));
            } else if (path.startsWith("/assets/")) {
                try (InputStream in = getClass().getResourceAsStream("/kz/etalon/web" + path)) {
                    if (in == null) {
                        send(exchange, 404, "text/plain", "no " + path);
                    } else {
                        send(exchange, 200, path.endsWith(".js") ? "text/javascript" : "text/css", new String(in.readAllBytes(),
                                StandardCharsets.UTF_8));
                    }
                }
            } else {
                send(exchange, 404, "text/plain", "no " + path);
            }
        }

        /** An error where a line holds "???" (at its column), a warning on a line that ends with "# todo". */
        private static List<Map<String, Object>> check(String text) {
            List<Map<String, Object>> problems = new java.util.ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int at = lines[i].indexOf("???");
                if (at >= 0) {
                    problems.add(Map.of("line", i + 1, "column", at + 1, "severity", "error", "message", "not a value: ???"));
                }
                if (lines[i].endsWith("# todo")) {
                    problems.add(Map.of("line", i + 1, "column", 0, "severity", "warning", "message", "a note to do"));
                }
            }
            return problems;
        }

        private void edit(HttpExchange exchange, Map<String, String> fields) throws IOException {
            edits.add(fields);
            if (slowEdits) {
                sleep(1000);
            }
            String text = fields.get("text");
            Matcher factor = FACTOR.matcher(text);
            while (factor.find()) {
                if (factor.group(1).equals(fields.get("name"))) {
                    String changed = text.substring(0, factor.start(2)) + fields.get("value") + text.substring(factor.end(2));
                    send(exchange, 200, "application/json", json.writeValueAsString(Map.of("text", changed)));
                    return;
                }
            }
            send(exchange, 422, "application/json", json.writeValueAsString(Map.of("problems", List.of(
                    Map.of("line", 0, "column", 0, "severity", "error", "message", "no factor " + fields.get("name") + " here")))));
        }

        private static String page() {
            String escaped = TEXT.replace("&", "&amp;").replace("<", "&lt;");
            return """
                    <!DOCTYPE html>
                    <html lang="en"><head><meta charset="utf-8"><title>editor</title>
                    <link rel="stylesheet" href="/assets/etalon.css"><link rel="stylesheet" href="/assets/editor.css">
                    <script src="/assets/editor.js" defer></script></head>
                    <body><main><h1>kz-test</h1><div class="editor-page">
                    <form id="editor" method="post" action="/save">
                    <input type="hidden" name="csrf" value="%s"><input type="hidden" name="base" value="v1">
                    <textarea id="yaml" name="text" data-check="/check" data-preview="/preview" data-edit="/edit"
                      data-schema="/schema/etalon-v1.json" data-words-line="line" data-words-no-problems="No problems here"
                      data-words-check-failed="The check failed" data-words-preview-failed="No preview"
                      data-words-edit-failed="The edit failed" data-phrases='{"Find": "Найти"}'>%s</textarea>
                    <label>Message <input name="message" value="a test"></label><button>Save</button></form>
                    <div class="editor-side"><div id="problems"></div>
                    <form class="yaml-edit" data-action="set-factor"><label>Factor <input name="name" value="K2"></label>
                    <label>Value <input name="value" value="3"></label><button>Apply</button></form>
                    <label>Data <select id="preview-data" name="data"><option>a.csv</option><option>b.csv</option></select></label>
                    <div id="preview"></div></div></div></main></body></html>
                    """.formatted(CSRF, escaped);
        }

        private static Map<String, String> form(byte[] body) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }

        private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    /** One tab on the stub: the editor's events recorded from before its script runs, keys and text typed. */
    private static final class Tab {

        private final Chromium browser;
        private final String base;
        private final ObjectMapper json = new ObjectMapper();
        private final List<String> problems = new CopyOnWriteArrayList<>();
        private final List<String> dialogs = new CopyOnWriteArrayList<>();

        Tab(Chromium browser, String base) throws Exception {
            this.browser = browser;
            this.base = base;
            browser.openPage(1280, 860);
            browser.onEvent(this::watch);
            for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
                browser.command(domain + ".enable", Map.of());
            }
            browser.command("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.etalonEvents = {checked: [], previewed: [], edited: []};"
                            + "for (const name of ['checked', 'previewed', 'edited']) {"
                            + " document.addEventListener('etalon:' + name, e => window.etalonEvents[name].push(e.detail)); }"));
        }

        private void watch(JsonNode event) {
            JsonNode params = event.path("params");
            switch (event.path("method").asText()) {
                case "Runtime.consoleAPICalled" -> {
                    if (params.path("type").asText().equals("error")) {
                        problems.add("console.error: " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    JsonNode entry = params.path("entry");
                    // the refused edit's 422 is logged by Chromium as a network error, as the page expects it
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
                case "Page.javascriptDialogOpening" -> {
                    dialogs.add(params.path("type").asText());
                    // answered on another thread: this one delivers the command's reply
                    java.util.concurrent.CompletableFuture.runAsync(() -> {
                        try {
                            browser.command("Page.handleJavaScriptDialog", Map.of("accept", true));
                        } catch (Exception e) {
                            problems.add("dialog left open: " + e.getMessage());
                        }
                    });
                }
                default -> {
                }
            }
        }

        List<String> problems() {
            return problems;
        }

        List<String> dialogs() {
            return dialogs;
        }

        void open(String path) throws Exception {
            browser.load(base + path);
        }

        JsonNode evaluate(String expression) throws Exception {
            return browser.evaluate(expression);
        }

        JsonNode value(String expression) throws Exception {
            return evaluate("JSON.stringify(" + expression + ")");
        }

        boolean bool(String expression) throws Exception {
            return value(expression).asBoolean();
        }

        int number(String expression) throws Exception {
            return value(expression).asInt();
        }

        String string(String expression) throws Exception {
            return value(expression).asText();
        }

        void resize(int width, int height) throws Exception {
            browser.command("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height, "deviceScaleFactor", 1,
                    "mobile", false));
        }

        void focusEditor() throws Exception {
            evaluate("(() => { document.querySelector('.cm-content').focus(); return 'true'; })()");
        }

        /** A key pressed in the editor; modifiers 2 = Ctrl. */
        void key(String key, String code, int keyCode, int modifiers) throws Exception {
            focusEditor();
            for (String type : List.of("rawKeyDown", "keyUp")) {
                browser.command("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", code,
                        "windowsVirtualKeyCode", keyCode, "modifiers", modifiers));
            }
        }

        /** Text typed at the editor's cursor, as an input method would insert it (so no indentation is added). */
        void insert(String text) throws Exception {
            focusEditor();
            browser.command("Input.insertText", Map.of("text", text));
        }

        void submitEdit(String name, String value) throws Exception {
            evaluate("(() => { const f = document.querySelector('form.yaml-edit'); f.elements.name.value = " + quoted(name)
                    + "; f.elements.value.value = " + quoted(value) + "; f.requestSubmit(); return 'true'; })()");
        }

        /** Runs an action that navigates, and waits for the next page. */
        void navigating(String action) throws Exception {
            java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();
            browser.onEvent(event -> {
                if ("Page.loadEventFired".equals(event.path("method").asText())) {
                    loaded.complete(null);
                }
            });
            evaluate("(() => { " + action + "; return 'true'; })()");
            loaded.get(WAIT_SECONDS, TimeUnit.SECONDS);
        }

        void waitFor(String condition, String what) throws Exception {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (System.nanoTime() < until) {
                if (evaluate("JSON.stringify(!!(" + condition + "))").asBoolean()) {
                    return;
                }
                Thread.sleep(50);
            }
            fail("waited " + WAIT_SECONDS + " s for " + what + "; events " + value("window.etalonEvents") + "; text "
                    + value("document.querySelector('#yaml').value") + "; " + problems);
        }

        void screenshot(String name) throws Exception {
            JsonNode shot = browser.command("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(OUT.resolve(name + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));
        }

        String quoted(String text) throws Exception {
            return json.writeValueAsString(text);
        }
    }
}
