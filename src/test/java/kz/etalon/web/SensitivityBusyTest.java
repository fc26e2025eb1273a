package kz.etalon.web;

import static kz.etalon.web.SensitivityPageTest.form;
import static kz.etalon.web.SensitivityPageTest.state;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's own pool full: as many analysts as it runs jobs at once, 8 more waiting, and one more
 * who is told the server is busy (503, try again in a minute). Cancelled, the waiting jobs never start.
 */
class SensitivityBusyTest {

    @TempDir
    Path dir;

    @Test
    void beyondTheRunningAndTheEightWaitingJobsTheNextIsToldTheServerIsBusy() throws Exception {
        int running = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        int users = running + WorkPool.QUEUE + 1;
        Map<String, Role> analysts = new LinkedHashMap<>();
        for (int i = 0; i < users; i++) {
            analysts.put("analyst" + i, Role.ANALYST);
        }
        try (WebRun web = WebRun.withUsers(dir, analysts)) {
            List<WebRun.Client> clients = new ArrayList<>();
            List<String> jobs = new ArrayList<>();
            for (int i = 0; i < users - 1; i++) {
                WebRun.Client client = web.loggedIn("analyst" + i);
                WebRun.Response started = client.post("/sensitivity", form("kz-2019", "", "100000", "5", "1"));
                assertThat(started.status()).as("job %d of %d: %s", i + 1, users - 1, started.body()).isEqualTo(303);
                clients.add(client);
                jobs.add(started.header("Location"));
            }
            try {
                WebRun.Response busy = web.loggedIn("analyst" + (users - 1))
                        .post("/sensitivity", form("kz-2019", "", "5", "5", "1"));

                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.header("Retry-After")).isEqualTo("60");
                assertThat(busy.body()).contains("The server is busy", "Try again in a minute");
                assertThat(state(clients.get(clients.size() - 1).get(jobs.get(jobs.size() - 1) + "/progress").body()))
                        .isEqualTo("queued");
            } finally {
                for (int i = jobs.size() - 1; i >= 0; i--) {
                    clients.get(i).post(jobs.get(i) + "/cancel", Map.of());
                }
            }
            for (int i = 0; i < jobs.size(); i++) {
                SensitivityPageTest.waitForState(clients.get(i), jobs.get(i), "cancelled");
            }
        }
    }
}
