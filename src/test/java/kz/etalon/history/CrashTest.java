package kz.etalon.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.ObjectWalk;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed (SIGKILL) in the middle of saves leaves the file whole and the repository sound. */
class CrashTest {

    @TempDir
    Path home;

    static String version(int n) {
        return ("line of version " + n + "\n").repeat(2000);
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewFileAndASoundRepository() throws Exception {
        Files.createDirectories(home.resolve("standards"));
        Files.writeString(home.resolve("standards/x.yaml"), version(-1));
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SavingLoop.class.getName(), home.toString())
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("open");
            // killed during its first save (round 0), then during the save after 1, 2 and 3 finished ones
            for (int saved = 0; saved < round; saved++) {
                assertThat(out.readLine()).isEqualTo("saved " + saved);
            }
            child.destroyForcibly();  // SIGKILL on Linux
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();

            String text = Files.readString(home.resolve("standards/x.yaml"));
            String first = text.lines().findFirst().orElseThrow();
            int n = Integer.parseInt(first.substring("line of version ".length()));
            assertThat(text).isEqualTo(version(n));
            try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
                assertSound(repository.repository());
                assertThat(repository.log("standards/x.yaml")).isNotEmpty();
                // the next save works: no lock file is left in the way
                repository.commit(Author.named("test"), WorkspaceRepositoryTest.saved("after round " + round), java.util.List.of("standards/x.yaml"));
            }
        }
    }

    /** Every object reachable from HEAD is there and parses: what `git fsck` checks of connectivity. */
    private static void assertSound(Repository repository) throws Exception {
        try (ObjectWalk walk = new ObjectWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            walk.markStart(walk.parseCommit(head));
            int commits = 0;
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                commits++;
            }
            int objects = 0;
            for (RevObject object = walk.nextObject(); object != null; object = walk.nextObject()) {
                repository.open(object).getBytes();
                objects++;
            }
            walk.checkConnectivity();
            assertThat(commits).isPositive();
            assertThat(objects).isPositive();
        }
    }
}
