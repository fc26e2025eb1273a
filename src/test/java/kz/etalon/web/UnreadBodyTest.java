package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadBodyTest {

    @TempDir
    Path dir;

    /** Before the body was read to its end, about one refusal in a hundred reached the browser as a reset. */
    @Test
    void aRefusalSentBeforeTheFormWasReadAlwaysReachesTheBrowser() {
        try (WebRun web = WebRun.withUsers(dir, Map.of("ada", Role.ADMIN))) {
            WebRun.Client stranger = web.client();
            String form = "z".repeat(60_000);
            List<String> lost = new ArrayList<>();
            for (int attempt = 0; attempt < 300; attempt++) {
                try {
                    int status = stranger.send("POST", "/jobs/kz-2026/cancel", Map.of("text", form)).status();
                    assertThat(status).isBetween(300, 499);
                } catch (java.io.UncheckedIOException e) {
                    lost.add(attempt + ": " + e.getMessage());
                }
            }
            assertThat(lost).isEmpty();
        }
    }
}
