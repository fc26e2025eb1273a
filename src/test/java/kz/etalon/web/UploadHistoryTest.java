package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.history.Commit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload through the data page is a save too: the data set and its note are a commit by the uploader. */
class UploadHistoryTest {

    @TempDir
    Path dir;
    WebRun web;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, DraftSteps.USERS);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void anUploadIsCommittedByItsUploader_namingTheFileAndItsCities() throws Exception {
        byte[] cities = Files.readAllBytes(web.workspace().resolve("data/kz-2019-cities.csv"));

        WebRun.Response stored = web.loggedIn("ana").upload("/data", "file", "cities.csv", cities,
                Map.of("standard", "kz-2019"));

        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
        Path uploads = web.workspace().resolve("data/uploads");
        String name;
        try (var files = Files.list(uploads)) {
            name = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).findFirst().orElseThrow();
        }
        List<Commit> commits = DraftSteps.log(web, "data/uploads/" + name);
        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).author()).isEqualTo("ana");
        assertThat(commits.get(0).subject()).startsWith("Upload " + name + " for ").contains("Nur-Sultan");
        assertThat(DraftSteps.log(web, "data/uploads/" + name + ".about")).hasSize(1);
    }
}
