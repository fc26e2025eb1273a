package kz.etalon.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.HostileWorkspace;
import kz.etalon.app.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names from the data and the standard that hold markup ({@code <script>}, quotes, {@code &}) come out of the
 * HTML report as text: in every section, in attributes and in the charts' SVG.
 */
class HostileTextInReportTest {

    @TempDir
    static Path dir;
    private static String report;

    @BeforeAll
    static void writeTheReport() {
        Path workspace = HostileWorkspace.in(dir);
        report = CopiedWorkspace.app(workspace).report(List.of("kz-2018", "kz-2019"),
                List.of(workspace.resolve("data/kz-2018-cities.csv"), workspace.resolve("data/kz-2019-cities.csv")),
                new Etalon.SensitivityOptions(3, BigDecimal.ONE, 1), "en", ProgressListener.NONE).html();
    }

    @Test
    void everyHostileTextIsShownEscaped_noneAsMarkup() {
        assertThat(HostileWorkspace.unescaped(report)).isEmpty();
        assertThat(report).doesNotContain("<script");
        for (String what : HostileWorkspace.WHAT) {
            assertThat(report).containsPattern(escapedAlert(what));
        }
    }

    @Test
    void theCityIsEscapedInItsAttributes_inItsChartsAndInTheSectionsOfTheComparisonAndTheSensitivity() {
        String attribute = "data-city=\"City &lt;script>alert(&#39;city&#39;)&lt;/script> &amp; &#34;C&#34;\"";
        assertThat(report).contains(attribute);
        assertThat(HtmlReportTest.figure(report, "ranking")).containsPattern(escapedAlert("city"));
        for (String section : List.of("sensitivity", "comparison", "cities", "heatmap")) {
            String part = report.substring(report.indexOf("<section id=\"" + section + "\""));
            assertThat(part.substring(0, part.indexOf("</section>"))).as(section).containsPattern(escapedAlert("city"));
        }
    }

    static Pattern escapedAlert(String what) {
        return Pattern.compile("&lt;script&gt;alert\\((?:'|&#39;|&apos;|&#x27;)" + what);
    }
}
