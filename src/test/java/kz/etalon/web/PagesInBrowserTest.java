package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.report.html.Chromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the workspace in real headless Chromium, as an admin sees it: on a laptop (1366 x 768) and a
 * phone (390 x 844) no page is wider than the screen, and axe-core (the accessibility checker, WCAG 2.1 A and
 * AA rules) finds no serious or critical violation. axe-core comes from the npm registry
 * ({@code npm ci --prefix tools/browser-check}, which .ci/run does). Tagged {@code browser}.
 */
@Tag("browser")
class PagesInBrowserTest {

    static final Path AXE = Path.of("tools", "browser-check", "node_modules", "axe-core", "axe.min.js");
    static final List<String> PAGES = List.of(
            "/",
            "/results?standard=kz-2019&data=kz-2019-cities.csv",
            "/results/areas?standard=kz-2019&data=kz-2019-cities.csv",
            "/results/city?standard=kz-2019&city=Almaty",
            "/compare?before=kz-2018&after=kz-2019",
            "/whatif?standard=kz-2019&city=Aktau&goal=rank:5",
            "/sensitivity",
            "/data",
            "/rounds",
            "/standards/kz-2019",
            "/standards/kz-2026/history",
            "/standards/kz-2026/edit",
            "/review",
            "/no/such/page");

    @TempDir
    Path dir;

    @Test
    void noPageOverflowsALaptopOrAPhoneAndAxeFindsNoSeriousViolation() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        if (!Files.exists(AXE)) {
            fail("no " + AXE + ": run `npm ci --prefix tools/browser-check` (.ci/run does it)");
        }
        String axe = Files.readString(AXE);
        List<String> found = new ArrayList<>();
        try (WebRun web = WebRun.withUsers(dir, Map.of("dana", Role.ADMIN));
             Chromium browser = Chromium.start(chromium)) {
            BrowserTab tab = new BrowserTab(browser, web.base().toString(), dir.resolve("downloads"));
            tab.go("/login");
            found.addAll(check(tab, axe, "/login"));
            tab.type("input[name=name]", "dana");
            tab.type("input[name=password]", WebRun.password("dana"));
            tab.submit("form[action='/login']");
            for (String page : PAGES) {
                tab.resize(1366, 768);
                tab.go(page);
                // the editor asks for its preview once loaded: check the page as it settles, not mid-request
                tab.waitFor("!document.querySelector('#preview.busy')", "the editor's preview on " + page);
                found.addAll(check(tab, axe, page));
                tab.resize(390, 844);
                tab.go(page);
                int wide = tab.evaluate("JSON.stringify(document.documentElement.scrollWidth)").asInt();
                if (wide > 390) {
                    found.add(page + " at 390 px wide is " + wide + " px wide: " + widest(tab));
                }
            }
        }
        assertThat(found).as("what the pages should not have").isEmpty();
    }

    private static List<String> check(BrowserTab tab, String axe, String page) throws Exception {
        List<String> found = new ArrayList<>();
        int wide = tab.evaluate("JSON.stringify(document.documentElement.scrollWidth)").asInt();
        if (wide > 1366) {
            found.add(page + " at 1366 px wide is " + wide + " px wide: " + widest(tab));
        }
        if (!tab.evaluate("JSON.stringify(!!window.axe)").asBoolean()) {
            tab.inject(axe);
        }
        JsonNode violations = tab.evaluateAwaited("axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa',"
                + " 'wcag21a', 'wcag21aa']}}).then(r => JSON.stringify(r.violations.filter(v => v.impact === 'serious'"
                + " || v.impact === 'critical').map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))");
        violations.forEach(v -> found.add(page + ": " + v.asText()));
        return found;
    }

    /** The elements that stick out past the screen's right edge, for the message. */
    private static String widest(BrowserTab tab) throws Exception {
        return tab.evaluate("JSON.stringify(Array.from(document.querySelectorAll('body *')).filter(e =>"
                + " e.getBoundingClientRect().right > window.innerWidth + 1 && !Array.from(e.children).some(c =>"
                + " c.getBoundingClientRect().right > window.innerWidth + 1)).slice(0, 4).map(e => e.tagName.toLowerCase()"
                + " + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')"
                + " + ' ' + Math.round(e.getBoundingClientRect().right) + ' px').join(', '))").asText();
    }
}
