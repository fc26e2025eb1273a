package kz.etalon.web;

import static kz.etalon.web.SensitivityPageTest.form;
import static kz.etalon.web.SensitivityPageTest.waitForState;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may start an analysis, and who may see or cancel a job: its owner and an administrator only. */
class SensitivityRightsTest {

    @TempDir
    static Path dir;
    static WebRun web;

    @BeforeAll
    static void serve() {
        web = WebRun.withUsers(dir, Map.of("vera", Role.VIEWER, "ana", Role.ANALYST, "bek", Role.ANALYST,
                "aigerim", Role.ADMIN));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aViewerMayNotStartAnAnalysis_andTheFormSaysWhoMay() {
        WebRun.Client vera = web.loggedIn("vera");
        String form = vera.get("/sensitivity").body();
        assertThat(form).doesNotContain("id=\"sensitivity-form\"").contains("Running analyses needs an analyst");

        WebRun.Response refused = vera.post("/sensitivity", form("kz-2019", "", "5", "5", "1"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed for your account");
    }

    @Test
    void anotherAnalystCanNeitherSeeNorCancelTheJob_anAdministratorCan() throws Exception {
        WebRun.Client ana = web.loggedIn("ana");
        WebRun.Client bek = web.loggedIn("bek");
        WebRun.Client admin = web.loggedIn("aigerim");
        String job = ana.post("/sensitivity", form("kz-2019", "", "100000", "5", "1")).header("Location");
        try {
            assertThat(bek.get(job).status()).isEqualTo(404);
            assertThat(bek.get(job + "/progress").status()).isEqualTo(404);
            assertThat(bek.post(job + "/cancel", Map.of()).status()).isEqualTo(404);
            assertThat(bek.get("/sensitivity").body()).doesNotContain(job);
            assertThat(SensitivityPageTest.state(ana.get(job + "/progress").body())).isIn("queued", "running");
            assertThat(admin.get(job).status()).isEqualTo(200);
            assertThat(ana.get("/sensitivity").body()).contains("href=\"" + job + "\"");
        } finally {
            assertThat(admin.post(job + "/cancel", Map.of()).status()).isEqualTo(303);
        }
        waitForState(ana, job, "cancelled");
    }

    @Test
    void twoAnalystsMayEachRunOne() throws Exception {
        WebRun.Client ana = web.loggedIn("ana");
        WebRun.Client bek = web.loggedIn("bek");
        WebRun.Response first = ana.post("/sensitivity", form("kz-2019", "", "5", "5", "1"));
        WebRun.Response second = bek.post("/sensitivity", form("kz-2018", "", "5", "5", "1"));
        assertThat(first.status()).isEqualTo(303);
        assertThat(second.status()).isEqualTo(303);
        waitForState(ana, first.header("Location"), "done");
        waitForState(bek, second.header("Location"), "done");
    }
}
