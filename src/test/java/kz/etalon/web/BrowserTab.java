package kz.etalon.web;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kz.etalon.report.html.Chromium;

/** One browser tab: navigate, type, click, upload, wait, download, screenshot; and what went wrong in it. */
final class BrowserTab {

    /** Where the screenshots go (README's pictures are copied from here). */
    static final Path OUT = Path.of("target", "browser-check");
    private static final long WAIT_SECONDS = 30;

    private final Chromium browser;
    private final String base;
    private final Path downloads;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    BrowserTab(Chromium browser, String base, Path downloads) throws Exception {
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

    /** The page's viewport, as a laptop (1366 x 768) or a phone (390 x 844) shows it. */
    void resize(int width, int height) throws Exception {
        browser.command("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
    }

    /** Runs a script in the page as the browser's own tools do (the page's Content-Security-Policy allows no inline script). */
    void inject(String script) throws Exception {
        JsonNode result = browser.command("Runtime.evaluate", Map.of("expression", script));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
    }

    /** Runs a script whose value is a promise of JSON text, and returns that JSON. */
    JsonNode evaluateAwaited(String expression) throws Exception {
        JsonNode result = browser.command("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return json.readTree(result.path("result").path("value").asText());
    }

    void screenshot(String name) throws Exception {
        JsonNode shot = browser.command("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", false));
        Files.write(OUT.resolve(name + ".png"), Base64.getDecoder().decode(shot.get("data").asText()));
    }

    private String quoted(String text) throws Exception {
        return json.writeValueAsString(text);
    }

    /**
     * Selects the first {@code find} in the code editor's visible lines and types {@code replacement} over it,
     * as a user would (the editor sees a selection and an input, nothing of its own API).
     */
    void replaceInEditor(String find, String replacement) throws Exception {
        waitFor("document.querySelector('.cm-content') !== null", "the code editor");
        String done = "false";
        for (int scrolled = 0; scrolled < 200 && !done.equals("true"); scrolled++) {
            // the editor draws only the lines in view: scroll from the top until the text is drawn
            evaluate("(() => { const s = document.querySelector('.cm-scroller'); s.scrollTop = " + scrolled * 300
                    + "; window.scrollTo(0, s.getBoundingClientRect().top + window.scrollY); return 'true'; })()");
            Thread.sleep(50);
            done = find(find);
        }
        if (!done.equals("true")) {
            fail("no `" + find + "` in the editor");
        }
        Thread.sleep(100); // the editor takes the selection from the document's selectionchange event
        browser.command("Input.insertText", Map.of("text", replacement));
    }

    /** Selects {@code find} in the drawn lines of the code editor: "true" when it is there. */
    private String find(String find) throws Exception {
        return evaluate("(() => { const want = " + quoted(find) + ";"
                + " for (const line of document.querySelectorAll('.cm-content .cm-line')) {"
                + "  const at = line.textContent.indexOf(want); if (at < 0) { continue; }"
                + "  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT); let seen = 0, start = null, end = null;"
                + "  for (let node = walker.nextNode(); node; node = walker.nextNode()) {"
                + "   const length = node.textContent.length;"
                + "   if (start === null && at < seen + length) { start = [node, at - seen]; }"
                + "   if (start !== null && at + want.length <= seen + length) { end = [node, at + want.length - seen]; break; }"
                + "   seen += length; }"
                + "  document.querySelector('.cm-content').focus();"
                + "  window.getSelection().setBaseAndExtent(start[0], start[1], end[0], end[1]); return 'true'; }"
                + " return 'false'; })()").asText();
    }

    /** Sends a form that does not navigate (the page's script answers it). */
    void submitInPlace(String selector) throws Exception {
        waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
        evaluate("(() => { document.querySelector(" + quoted(selector) + ").requestSubmit(); return 'true'; })()");
    }

    /** Chooses {@code value} in the select {@code selector}. */
    void choose(String selector, String value) throws Exception {
        waitFor("document.querySelector(" + quoted(selector) + ") !== null", selector);
        evaluate("(() => { const e = document.querySelector(" + quoted(selector) + "); e.value = " + quoted(value)
                + "; e.dispatchEvent(new Event('change', {bubbles: true})); return 'true'; })()");
    }
}
