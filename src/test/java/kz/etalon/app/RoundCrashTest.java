package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import kz.etalon.history.Author;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed (SIGKILL) while it saves a round's values leaves the last saved values whole and the history usable. */
class RoundCrashTest {

    @TempDir
    Path dir;

    @Test
    void aSaveKilledAtAnyMomentLeavesWholeValuesAndTheNextSaveWorks() throws Exception {
        Path home = CopiedWorkspace.in(dir);
        Etalon app = CopiedWorkspace.app(home);
        app.rounds().open(RoundFixture.opening("kz-2020", null, "Aktau"), Author.named("ministry"));
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), RoundSavingLoop.class.getName(), home.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // kill after a different number of saves each time, so the kill falls at another moment of a save
            for (int saves = 0; saves < 2 + 3 * round; ) {
                String line = out.readLine();
                assertThat(line).as("the saving child ended early").isNotNull();
                if (line.startsWith("saved ")) {
                    saves++;
                }
            }
            child.destroyForcibly();  // SIGKILL on Linux
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            Etalon after = CopiedWorkspace.app(home);
            EnteredValue stored = after.rounds().values("kz-2020", "Aktau").valueOrEmpty("ctm.01");
            int n = Integer.parseInt(stored.source().substring("source ".length()));
            assertThat(stored.comment()).isEqualTo(("comment of save " + n + "\n").repeat(200).strip());
            assertThat(stored.value()).isEqualTo(String.valueOf(n % 100));
            EnteredValue next = new EnteredValue("ctm.01", "1", "after round " + round, Optional.of(Quality.ESTIMATE), "");
            assertThat(after.rounds().save("kz-2020", "Aktau", List.of(new RoundEdits.Edit(next, stored.version())),
                    Author.named("test")).saved()).hasSize(1);
            assertThat(after.repository().log("rounds/kz-2020/cities/Aktau.csv")).isNotEmpty();
        }
    }
}
