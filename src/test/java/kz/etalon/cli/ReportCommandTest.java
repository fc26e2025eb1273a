package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void withNoOptionsButOut_thenTheBundledDataIsReportedUnderKz2019() throws Exception {
        Path out = dir.resolve("r.html");

        CliRun run = CliRun.of("report", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + ": 17 cities");
        String html = Files.readString(out);
        assertThat(html).contains("kz-2019", "data-chart=\"ranking\" data-items=\"17\"").doesNotContain("data-chart=\"movement\"");
    }

    @Test
    void withTwoStandardsAndTwoDataYears_thenTheComparisonShowsMovementAttributionAndTheChangesThatMovedCities() throws Exception {
        Path out = dir.resolve("years.html");

        CliRun run = CliRun.of("report", "--standard", "kz-2018", "--standard", "kz-2019", "--cities", "data/kz-2018-cities.csv",
                "--cities", "data/kz-2019-cities.csv", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("data-chart=\"movement\" data-items=\"17\"", "data-chart=\"attribution\" data-items=\"17\"",
                "Where each change comes from", "Changes of the standard that moved cities",
                "Area moved:</b> area ctm moved from group additional to group priority",
                "<td class=\"up\">▲3</td>", "<td class=\"down\">▼7</td>");
        // the main sections show the later evaluation
        assertThat(html).contains("Standard kz-2019 · data data/kz-2019-cities.csv");
    }

    @Test
    void withOneStandardAndTwoDataYears_thenTheComparisonShowsTheMovementOnly() throws Exception {
        Path out = dir.resolve("same.html");

        CliRun run = CliRun.of("report", "--cities", "data/kz-2018-cities.csv", "--cities", "data/kz-2019-cities.csv",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("data-chart=\"movement\"", "kz-2019 (data data/kz-2018-cities.csv)")
                .doesNotContain("Changes of the standard that moved cities", "data-chart=\"attribution\"");
    }

    @Test
    void withACityFileInExcel_thenTheReportReadsIt() throws Exception {
        Path workbook = dir.resolve("cities.xlsx");
        CliRun.of("template", "--cities", "data/kz-2019-cities.csv", "--out", workbook.toString());

        CliRun run = CliRun.of("report", "--cities", workbook.toString(), "--lang", "kk", "--out", dir.resolve("kk.html").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("kk.html"))).contains("Қалалар рейтингі", "Nur-Sultan");
    }

    @Test
    void whenTheDataHasAnError_thenNothingIsWritten() throws Exception {
        Path out = dir.resolve("bad.html");

        CliRun run = CliRun.of("report", "--cities", "src/test/resources/invalid/cities-bad-yes-no.csv", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(out).doesNotExist();
    }

    @Test
    void withSensitivity_thenTheReportShowsHowSolidEachRankIsOverThatManyRuns() throws Exception {
        Path out = dir.resolve("solid.html");

        CliRun run = CliRun.of("report", "--sensitivity", "10", "--noise", "2.5", "--seed", "3", "--lang", "ru",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("data-chart=\"sensitivity\" data-items=\"17\"", "Насколько надёжно каждое место",
                "прогонов: 10, значения ±2,5%", "зерно генератора 3");
    }

    @Test
    void noiseWithoutSensitivity_isAnErrorThatSaysWhatItGoesWith() {
        CliRun run = CliRun.of("report", "--noise", "10", "--out", dir.resolve("n.html").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--noise goes with --sensitivity RUNS");
        assertThat(dir.resolve("n.html")).doesNotExist();
    }
}
