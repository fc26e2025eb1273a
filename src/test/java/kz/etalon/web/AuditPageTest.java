package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.account.Role;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.app.AuditLog;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.RoundFixture;
import kz.etalon.app.StandardText;
import kz.etalon.history.Author;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the audit log records of the work in the browser, and the page that shows it. */
class AuditPageTest {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td>");

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, Map.of("aigul", Role.ANALYST, "ministry", Role.ADMIN, "edna", Role.EDITOR),
                Map.of("aigul", "Aktau"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private List<AuditEntry> entries() {
        return new AuditLog(Audit.file(web.workspace())).all();
    }

    private static int rows(String page) {
        Matcher matcher = ROW.matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void aRoundsStepsAreLogged_butNotEachSaveOfAValue() {
        Etalon app = CopiedWorkspace.app(web.workspace());
        app.rounds().open(RoundFixture.opening("kz-2020", LocalDate.of(2999, 3, 31), "Aktau", "Taraz"), Author.named("ministry"));
        WebRun.Client aigul = web.loggedIn("aigul");
        aigul.get("/rounds/kz-2020/cities/Aktau");
        Map<String, String> value = Map.of("value", "80", "source", "Statistics agency", "quality", "measured", "comment", "",
                "base", "");
        assertThat(aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value).status()).isEqualTo(303);

        aigul.post("/rounds/kz-2020/cities/Aktau/submit", Map.of());

        assertThat(entries()).extracting(AuditEntry::kind).containsExactly("log-in", "round.submit");
        assertThat(entries().get(1).target()).isEqualTo("kz-2020/Aktau");
        assertThat(entries().get(1).user()).isEqualTo("aigul");
    }

    @Test
    void anUploadANewDraftItsSaveAndItsSubmissionAreEachOneEntry() throws Exception {
        WebRun.Client edna = web.loggedIn("edna");
        assertThat(DraftSteps.newDraft(edna, "kz-2019", "kz-2031", "2031").status()).isEqualTo(303);
        StandardText text = CopiedWorkspace.app(web.workspace()).standardText("kz-2031");
        edna.get("/standards/kz-2031/edit");
        assertThat(edna.post("/standards/kz-2031/save", Map.of("text", text.text() + "\n# checked\n", "base", text.version(),
                "message", "A comment")).status()).isEqualTo(303);
        assertThat(DraftSteps.step(edna, "kz-2031", "submit", "Ready").status()).isEqualTo(303);
        byte[] data = Files.readAllBytes(web.workspace().resolve("data/kz-2019-cities.csv"));
        assertThat(edna.upload("/data", "file", "cities.csv", data, Map.of("standard", "kz-2019")).status()).isEqualTo(200);

        assertThat(entries()).extracting(AuditEntry::kind)
                .containsExactly("log-in", "draft.new", "draft.save", "draft.submit", "upload");
        assertThat(entries()).allSatisfy(entry -> assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.OK));
        assertThat(entries().get(4).detail()).startsWith("file=").endsWith(".csv");
    }

    @Test
    void thePageShowsTheNewestFirst_fiftyAtATime_andFiltersByUserKindAndDay() {
        Audit audit = new Audit(Audit.file(web.workspace()), Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC),
                Audit.MAX_BYTES, Audit.KEEP);
        for (int i = 0; i < 60; i++) {
            audit.record(new Audit.Actor("aigul", "10.0.0." + i), AuditKind.UPLOAD, "kz-2019", AuditEntry.Outcome.OK, "file=f" + i + ".csv");
        }
        audit.record(new Audit.Actor("vera", "10.0.1.1"), AuditKind.LOG_IN_FAILED, "vera", AuditEntry.Outcome.FAILED);
        WebRun.Client ministry = web.loggedIn("ministry");

        String first = ministry.get("/admin/audit").body();
        assertThat(rows(first)).isEqualTo(AuditPage.PAGE);
        assertThat(first.indexOf("ministry")).as("the log-in of now comes first").isLessThan(first.indexOf("10.0.1.1"));
        assertThat(first).contains("id=\"audit-older\"").doesNotContain("id=\"audit-newer\"");
        String second = ministry.get("/admin/audit?page=2").body();
        assertThat(rows(second)).isEqualTo(62 - AuditPage.PAGE);
        assertThat(second).contains("f0.csv", "id=\"audit-newer\"").doesNotContain("id=\"audit-older\"");

        assertThat(rows(ministry.get("/admin/audit?user=vera").body())).isEqualTo(1);
        assertThat(rows(ministry.get("/admin/audit?kind=log-in").body())).isEqualTo(1);
        assertThat(rows(ministry.get("/admin/audit?user=aigul&from=2026-01-05&to=2026-01-05&page=2").body())).isEqualTo(10);
        assertThat(rows(ministry.get("/admin/audit?to=2026-01-04").body())).isZero();
        WebRun.Response badDate = ministry.get("/admin/audit?from=5.1.2026");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.body()).contains("id=\"audit-bad-date\"", "5.1.2026");
    }
}
