package kz.etalon.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.etalon.app.Bundled;
import kz.etalon.app.Etalon;
import kz.etalon.app.ProgressListener;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Opens the reports in real headless Chromium and checks that the charts rendered: one bar per city in the
 * ranking (and a rank interval per city with {@code --sensitivity}), every figure drawn with a size, a card per
 * city, no console error, no request beyond the file.
 * Leaves a screenshot and a PDF (A4) in target/browser-check/. Tagged {@code browser}: {@code mvn verify}
 * leaves it out; {@code .ci/run} installs Chromium and runs it, and there it must pass.
 */
@Tag("browser")
class ReportInBrowserTest {

    private static final Path OUT = Path.of("target", "browser-check");

    /** What the page says it rendered, measured by the browser's own layout. */
    private static final String MEASURE = """
            (() => {
              const drawn = el => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
              const figures = [...document.querySelectorAll('figure[data-chart]')].map(f => {
                const svg = f.querySelector('svg');
                const items = [...f.querySelectorAll('g.item')];
                const series = [...new Set(items.map(g => g.getAttribute('data-series')))];
                const keys = new Set(items.filter(g => g.getAttribute('data-series') === series[0]).map(g => g.getAttribute('data-key')));
                return { chart: f.dataset.chart, expected: +f.dataset.items, width: svg ? svg.getBoundingClientRect().width : 0,
                         height: svg ? svg.getBoundingClientRect().height : 0, drawnItems: items.filter(drawn).length,
                         series: series.length, firstSeriesKeys: keys.size, texts: f.querySelectorAll('svg text').length,
                         shapes: [...f.querySelectorAll('svg path, svg rect, svg line, svg polygon')].filter(drawn).length };
              });
              const ranking = document.querySelector('figure[data-chart=ranking]');
              const bars = [...ranking.querySelectorAll('g.item')].filter(drawn);
              return JSON.stringify({
                title: document.title,
                figures,
                rankingBarsPerSeries: bars.length / 2,
                rankingCities: new Set(bars.map(g => g.getAttribute('data-key'))).size,
                cards: [...document.querySelectorAll('article.card')].filter(drawn).length,
                heatCells: [...document.querySelectorAll('table.heatmap tbody td')].filter(drawn).length,
                height: document.documentElement.scrollHeight
              });
            })()""";

    @Test
    void theReportsRenderTheirChartsInChromium() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        Files.createDirectories(OUT);
        Path english = OUT.resolve("report-en.html");
        Path russian = OUT.resolve("report-compare-ru.html");
        Path solid = OUT.resolve("report-sensitivity-en.html");
        Etalon app = Bundled.app();
        Files.writeString(english, app.report(List.of(), List.of(), null, "en", ProgressListener.NONE).html());
        Files.writeString(russian, app.report(List.of("kz-2018", "kz-2019"), List.of(Path.of("data/kz-2018-cities.csv"),
                Path.of("data/kz-2019-cities.csv")), null, "ru", ProgressListener.NONE).html());
        Files.writeString(solid, app.report(List.of(), List.of(), new Etalon.SensitivityOptions(50, java.math.BigDecimal.valueOf(5), 1),
                "en", ProgressListener.NONE).html());

        try (Chromium browser = Chromium.start(chromium)) {
            JsonNode measured = check(browser, english, "report-en", List.of("ranking", "areas", "area", "radar"));
            assertThat(measured.get("title").asText()).isEqualTo("Smart city rating — kz-2019");
            JsonNode compared = check(browser, russian, "report-compare-ru",
                    List.of("ranking", "areas", "area", "radar", "movement", "attribution"));
            assertThat(compared.get("title").asText()).isEqualTo("Рейтинг «умных» городов — kz-2019");
            JsonNode withSensitivity = check(browser, solid, "report-sensitivity-en",
                    List.of("ranking", "sensitivity", "areas", "area", "radar"));
            JsonNode rankIntervals = figure(withSensitivity, "sensitivity");
            assertThat(rankIntervals.get("expected").asInt()).as("cities in the sensitivity chart").isEqualTo(17);
            assertThat(rankIntervals.get("drawnItems").asInt()).as("rank intervals drawn with a size").isEqualTo(17);
            assertThat(rankIntervals.get("firstSeriesKeys").asInt()).as("a rank interval per city").isEqualTo(17);
        }
    }

    private static JsonNode figure(JsonNode measured, String chart) {
        for (JsonNode figure : measured.get("figures")) {
            if (figure.get("chart").asText().equals(chart)) {
                return figure;
            }
        }
        return fail("no figure " + chart + " in " + measured.get("figures"));
    }

    private JsonNode check(Chromium browser, Path report, String name, List<String> charts) throws Exception {
        browser.openPage(1200, 1500);
        List<String> problems = new CopyOnWriteArrayList<>();
        browser.onEvent(event -> {
            String method = event.path("method").asText();
            JsonNode params = event.path("params");
            switch (method) {
                case "Runtime.consoleAPICalled" -> {
                    String type = params.path("type").asText();
                    if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                        problems.add("console." + type + ": " + params.path("args"));
                    }
                }
                case "Runtime.exceptionThrown" -> problems.add("exception: " + params.path("exceptionDetails"));
                case "Log.entryAdded" -> {
                    if (params.path("entry").path("level").asText().equals("error")) {
                        problems.add("log: " + params.path("entry").path("text").asText());
                    }
                }
                case "Network.requestWillBeSent" -> {
                    String url = params.path("request").path("url").asText();
                    if (!url.startsWith("file:") && !url.startsWith("data:") && !url.equals("about:blank")) {
                        problems.add("network request: " + url);
                    }
                }
                default -> {
                }
            }
        });
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            browser.command(domain + ".enable", Map.of());
        }
        browser.load(report.toAbsolutePath().toUri().toString());
        JsonNode measured = browser.evaluate(MEASURE);

        assertThat(problems).as("console errors and network requests of " + report).isEmpty();
        assertThat(measured.get("rankingBarsPerSeries").asInt()).as("score and index bars per city").isEqualTo(17);
        assertThat(measured.get("rankingCities").asInt()).as("cities in the ranking chart").isEqualTo(17);
        assertThat(measured.get("cards").asInt()).as("city cards").isEqualTo(17);
        assertThat(measured.get("heatCells").asInt()).as("heat map cells").isEqualTo(18 * 12);
        List<String> drawn = new ArrayList<>();
        for (JsonNode figure : measured.get("figures")) {
            String chart = figure.get("chart").asText();
            drawn.add(chart);
            assertThat(figure.get("width").asDouble()).as(chart + " width").isGreaterThan(200);
            assertThat(figure.get("height").asDouble()).as(chart + " height").isGreaterThan(150);
            assertThat(figure.get("texts").asInt()).as(chart + " labels").isGreaterThan(5);
            if (chart.equals("radar")) {  // JFreeChart marks no items in a radar: its web, axes and two series are shapes
                assertThat(figure.get("shapes").asInt()).as(chart + " shapes drawn").isGreaterThan(figure.get("expected").asInt());
            } else {
                assertThat(figure.get("drawnItems").asInt()).as(chart + " bars drawn with a size").isPositive();
                assertThat(figure.get("firstSeriesKeys").asInt()).as(chart + " bars of its first series")
                        .isEqualTo(figure.get("expected").asInt());
            }
        }
        assertThat(drawn).containsAll(charts);
        assertThat(drawn.stream().filter("area"::equals).count()).isEqualTo(12);

        JsonNode shot = browser.command("Page.captureScreenshot", Map.of("format", "png",
                "clip", Map.of("x", 0, "y", 0, "width", 1200, "height", 1500, "scale", 1)));
        byte[] png = Base64.getDecoder().decode(shot.get("data").asText());
        Files.write(OUT.resolve(name + ".png"), png);
        assertThat(png.length).as("screenshot size (a blank page is a few KB)").isGreaterThan(60_000);

        JsonNode card = browser.evaluate("JSON.stringify((() => { const r = document.getElementById('c-almaty')"
                + ".getBoundingClientRect(); return {x: r.x, y: r.y + window.scrollY, width: r.width, height: r.height}; })())");
        JsonNode cardShot = browser.command("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", card.get("x").asDouble() - 16, "y", card.get("y").asDouble() - 8,
                        "width", card.get("width").asDouble() + 32, "height", Math.min(900, card.get("height").asDouble() + 16),
                        "scale", 1)));
        Files.write(OUT.resolve(name + "-card.png"), Base64.getDecoder().decode(cardShot.get("data").asText()));

        JsonNode pdf = browser.command("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] pages = Base64.getDecoder().decode(pdf.get("data").asText());
        Files.write(OUT.resolve(name + ".pdf"), pages);
        String text = new String(pages, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF").containsPattern("/MediaBox \\[0 0 59[45][.0-9]* 84[12]");  // A4: 595 x 842 pt
        long pageCount = java.util.regex.Pattern.compile("/Type /Page\\b(?!s)").matcher(text).results().count();
        assertThat(pageCount).as("printed pages: the overview, then a page per city card").isGreaterThan(17);
        return measured;
    }
}
