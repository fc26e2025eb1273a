package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.app.Etalon;
import kz.etalon.app.ProgressListener;
import kz.etalon.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sensitivity form, its job's progress and result, cancelling it, and the limits on jobs, for the local user. */
class SensitivityPageTest {

    private static final Pattern DONE = Pattern.compile("data-done=\"(\\d+)\" data-total=\"(\\d+)\"");
    private static final Pattern STATE = Pattern.compile("id=\"job-state\" class=\"job\" data-state=\"([a-z]+)\"");

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void anAnalysisOfTwoStandardsRunsToDone_itsProgressShowsDoneOfTotal_andItsRanksAreTheApplicationsOwn() throws Exception {
        WebRun.Client browser = web.client();
        WebRun.Response started = browser.post("/sensitivity", form("kz-2018", "kz-2019", "10", "5", "7"));
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        String job = started.header("Location");
        assertThat(job).matches("/jobs/[0-9a-f]{32}");

        String done = waitForState(browser, job, "done");

        // 10 runs for each of the two standards: 20 steps, all done
        assertThat(done).contains("<progress max=\"20\" value=\"20\">").containsPattern("data-done=\"20\" data-total=\"20\"");
        Etalon.Sensitivities expected = app().sensitivity(List.of("kz-2018", "kz-2019"), null,
                new Uncertainty(BigDecimal.valueOf(5), List.of(), List.of(), Map.of()), 10, 7, ProgressListener.NONE);
        String page = browser.get(job).body();
        for (Etalon.StandardRanks standard : expected.standards()) {
            String section = page.substring(page.indexOf("data-standard=\"" + standard.standard() + "\""));
            for (Sensitivity.CityRanks city : standard.cities()) {
                assertThat(section).containsPattern(Pattern.quote("<tr data-city=\"" + city.city() + "\"><td>" + city.city()
                        + "</td><td class=\"num\">" + city.evaluatedRank() + "</td><td class=\"num median\">" + city.median()
                        + "</td>") + "\\s*" + Pattern.quote("<td class=\"num range\">" + city.p5() + "–" + city.p95() + "</td>"));
            }
        }
        assertThat(page).doesNotContain("hx-trigger=\"every 500ms\"");
    }

    @Test
    void whileItRunsThePageAsksForItsProgressEveryHalfSecond_andACancelledAnalysisStopsAndSaysSo() throws Exception {
        WebRun.Client browser = web.client();
        String job = browser.post("/sensitivity", form("kz-2019", "", "100000", "5", "1")).header("Location");
        String running = waitFor(browser, job, fragment -> done(fragment)[0] > 0);
        assertThat(running).contains("hx-get=\"" + job + "/progress\"", "hx-trigger=\"every 500ms\"", "action=\"" + job + "/cancel\"");
        assertThat(browser.get(job).body()).contains("hx-get=\"" + job + "/progress\"");

        WebRun.Response cancelled = browser.post(job + "/cancel", Map.of());
        assertThat(cancelled.status()).isEqualTo(303);
        assertThat(cancelled.header("Location")).isEqualTo(job);

        String fragment = waitForState(browser, job, "cancelled");
        int[] steps = done(fragment);
        assertThat(steps[1]).isEqualTo(100_000);
        assertThat(steps[0]).isLessThan(steps[1]);
        assertThat(fragment).contains("id=\"job-cancelled\"").contains("The analysis was cancelled after");
    }

    @Test
    void aSecondAnalysisOfTheSameVisitorIsRefusedWith429_andThePageLinksToTheOneThatRuns() throws Exception {
        WebRun.Client browser = web.client();
        String job = browser.post("/sensitivity", form("kz-2019", "", "100000", "5", "1")).header("Location");
        try {
            WebRun.Response second = browser.post("/sensitivity", form("kz-2018", "", "20", "5", "1"));
            assertThat(second.status()).isEqualTo(429);
            assertThat(second.body()).contains("href=\"" + job + "\"", "You already have an analysis running");
        } finally {
            browser.post(job + "/cancel", Map.of());
            waitForState(browser, job, "cancelled");
        }
    }

    @Test
    void everyWrongFieldIsNamedAtOnce_andNothingIsStarted() throws Exception {
        WebRun.Client browser = web.client();
        WebRun.Response wrong = browser.post("/sensitivity", form("kz-2019", "", "0", "150", "one"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("<code>runs</code> `0` is not a number of runs from 1 to 100000",
                "<code>noise</code> `150` is not a percentage from 0 to 100", "<code>seed</code> `one` is not a whole number");
        WebRun.Response fine = browser.post("/sensitivity", form("kz-2019", "", "5", "5", "1"));
        assertThat(fine.status()).as("no job was left waiting").isEqualTo(303);
        waitForState(browser, fine.header("Location"), "done");
    }

    @Test
    void anAnalysisOfDataWithErrorsEndsWithTheProblemsTheRequestWouldHaveShown() throws Exception {
        Path broken = web.workspace().resolve("data/uploads/broken.csv");
        java.nio.file.Files.createDirectories(broken.getParent());
        java.nio.file.Files.writeString(broken, "city,indicator\nAktau,ctm.01\n");
        WebRun.Client browser = web.client();
        Map<String, String> fields = form("kz-2019", "", "5", "5", "1");
        fields.put("data", "uploads/broken.csv");
        String job = browser.post("/sensitivity", fields).header("Location");

        WebRun.Response page = browser.get(job);
        for (long until = System.nanoTime() + 30_000_000_000L; page.status() == 200 && System.nanoTime() < until; ) {
            Thread.sleep(50);
            page = browser.get(job);
        }

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The request cannot be answered as it is", "broken.csv").doesNotContain("Exception");
        assertThat(browser.get(job + "/progress").body()).startsWith("<div class=\"error-box\"");
        WebRun.Response next = browser.post("/sensitivity", form("kz-2019", "", "3", "5", "1"));
        assertThat(next.status()).as("the failed job is over: another may start").isEqualTo(303);
        waitForState(browser, next.header("Location"), "done");
    }

    @Test
    void anUnknownStandardOrDataSetOrJobIsNotFound() {
        WebRun.Client browser = web.client();
        assertThat(browser.post("/sensitivity", form("kz-1999", "", "5", "5", "1")).status()).isEqualTo(404);
        Map<String, String> badData = form("kz-2019", "", "5", "5", "1");
        badData.put("data", "../standards/kz-2019.yaml");
        assertThat(browser.post("/sensitivity", badData).status()).isEqualTo(404);
        assertThat(browser.get("/jobs/0123456789abcdef0123456789abcdef").status()).isEqualTo(404);
        assertThat(browser.get("/jobs/0123456789abcdef0123456789abcdef/progress").status()).isEqualTo(404);
    }

    @Test
    void aPostWithoutTheFormsTokenIsRefused() {
        WebRun.Client browser = web.client();
        browser.get("/sensitivity");
        WebRun.Response forged = browser.postRaw("/sensitivity", form("kz-2019", "", "5", "5", "1"), Map.of());
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("The form has expired");
    }

    @Test
    void theFormOffersEveryStandardAndDataSet_andListsTheVisitorsJobs() throws Exception {
        WebRun.Client browser = web.client();
        String job = browser.post("/sensitivity", form("kz-2018", "", "3", "5", "1")).header("Location");
        waitForState(browser, job, "done");
        String page = browser.get("/sensitivity").body();
        assertThat(page).contains("<option value=\"kz-2026\">", "<option value=\"kz-2018-cities.csv\">",
                "name=\"csrf\"", "href=\"" + job + "\"");
    }

    static Map<String, String> form(String standard, String second, String runs, String noise, String seed) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("standard", standard);
        form.put("runs", runs);
        form.put("noise", noise);
        form.put("seed", seed);
        form.put("data", "");
        if (!second.isEmpty()) {
            form.put("standard2", second);
        }
        return form;
    }

    /** The progress part of the job until its state is {@code state}. */
    static String waitForState(WebRun.Client browser, String job, String state) throws InterruptedException {
        return waitFor(browser, job, fragment -> state(fragment).equals(state));
    }

    static String waitFor(WebRun.Client browser, String job, java.util.function.Predicate<String> until)
            throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            WebRun.Response progress = browser.get(job + "/progress");
            assertThat(progress.status()).as(progress.body()).isEqualTo(200);
            if (until.test(progress.body())) {
                return progress.body();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the job did not get there in 60 s: " + progress.body());
            }
            Thread.sleep(50);
        }
    }

    static String state(String fragment) {
        Matcher state = STATE.matcher(fragment);
        return state.find() ? state.group(1) : "";
    }

    /** Steps done and in all, as the progress part shows them (0, 0 before the job knows). */
    static int[] done(String fragment) {
        Matcher done = DONE.matcher(fragment);
        return done.find() ? new int[]{Integer.parseInt(done.group(1)), Integer.parseInt(done.group(2))} : new int[]{0, 0};
    }

    private static Etalon app() {
        return new Etalon(new Workspace(web.workspace(), web.workspace()));
    }
}
