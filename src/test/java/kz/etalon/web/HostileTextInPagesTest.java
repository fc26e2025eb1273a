package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import kz.etalon.app.HostileWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from the data and the standard that hold markup ({@code <script>}, quotes, {@code &}) come out of the
 * web pages that show the report's sections as text: results, each area, a city, the comparison, the
 * sensitivity analysis's result.
 */
class HostileTextInPagesTest {

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.start(HostileWorkspace.in(dir), ServeSettings.LOOPBACK);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void theResultsAreasAndCityPagesShowEveryHostileTextEscaped() {
        String results = page("/results");
        String areas = page("/results/areas?standard=kz-2019");
        String city = page(Page.link("/results/city", "standard", "kz-2019", "city", HostileWorkspace.CITY));

        for (String html : List.of(results, areas, city)) {
            assertThat(HostileWorkspace.unescaped(html)).isEmpty();
            assertThat(html).doesNotContain("<script>alert");
        }
        for (String what : List.of("city", "title", "group", "area")) {
            assertThat(results).as(what).containsPattern(escapedAlert(what));
        }
        assertThat(between(results, "<table class=\"heatmap\"", "</table>")).containsPattern(escapedAlert("city"));
        assertThat(between(results, "<figure data-chart=\"ranking\"", "</figure>")).containsPattern(escapedAlert("city"));
        assertThat(areas).containsPattern(escapedAlert("area")).containsPattern(escapedAlert("city"));
        assertThat(between(city, "<figure data-chart=\"radar\"", "</figure>")).containsPattern(escapedAlert("city"))
                .contains("area &lt;script&gt;");
        assertThat(city).containsPattern(escapedAlert("city")).containsPattern(escapedAlert("group"))
                .containsPattern(escapedAlert("indicator"));
    }

    @Test
    void theComparisonShowsEveryHostileTextEscaped() {
        String compare = page("/compare?before=kz-2018&after=kz-2019&data=kz-2018-cities.csv&data2=kz-2019-cities.csv");

        assertThat(HostileWorkspace.unescaped(compare)).isEmpty();
        assertThat(compare).doesNotContain("<script>alert").containsPattern(escapedAlert("city"))
                .contains("id=\"attribution\"", "id=\"impacts\"");
    }

    @Test
    void theSensitivityResultShowsTheCityEscaped() throws Exception {
        WebRun.Client browser = web.client();
        String job = browser.post("/sensitivity", SensitivityPageTest.form("kz-2019", "", "3", "5", "1")).header("Location");

        String done = SensitivityPageTest.waitForState(browser, job, "done");

        assertThat(HostileWorkspace.unescaped(done)).isEmpty();
        assertThat(done).doesNotContain("<script>alert").containsPattern(escapedAlert("city"));
    }

    private static String page(String path) {
        WebRun.Response response = web.client().get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String between(String html, String start, String end) {
        String from = html.substring(html.indexOf(start));
        return from.substring(0, from.indexOf(end));
    }

    private static Pattern escapedAlert(String what) {
        return Pattern.compile("&lt;script&gt;alert\\((?:'|&#39;|&apos;|&#x27;)" + what);
    }
}
