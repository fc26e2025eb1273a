package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An upload is kept and committed as one step: one whose commit fails leaves nothing, and none is listed uncommitted. */
class UploadKeptOnlyCommittedTest {

    @RegisterExtension
    final UsersWeb site = new UsersWeb(DraftSteps.USERS);

    byte[] cities;

    @BeforeEach
    void readCities() throws Exception {
        cities = Files.readAllBytes(site.run().workspace().resolve("data/kz-2019-cities.csv"));
    }


    private List<String> uploadsOnDisk() throws Exception {
        try (Stream<Path> files = Files.list(site.run().workspace().resolve("data/uploads"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList();
        }
    }

    @Test
    void anUploadWhoseCommitFailsIsNotKept_listedNorStaged() throws Exception {
        WebRun.Client ana = site.run().loggedIn("ana");
        assertThat(ana.upload("/data", "file", "first.csv", cities, Map.of("standard", "kz-2019")).status()).isEqualTo(200);
        List<String> before = uploadsOnDisk();
        Path lock = site.run().workspace().resolve(".git/index.lock");
        Files.writeString(lock, "held by another writer");

        WebRun.Response failed = ana.upload("/data", "file", "second.csv", cities, Map.of("standard", "kz-2019"));

        assertThat(failed.status()).as(failed.body()).isEqualTo(503);
        assertThat(failed.body()).contains("nothing was kept");
        assertThat(uploadsOnDisk()).isEqualTo(before);
        Files.delete(lock);
        assertThat(ana.get("/data").body()).doesNotContain("second.csv");
        WebRun.Response third = ana.upload("/data", "file", "third.csv", cities, Map.of("standard", "kz-2019"));
        assertThat(third.status()).isEqualTo(200);
        assertThat(uploadsOnDisk()).hasSize(before.size() + 2);
    }

    @Test
    void anUploadLeftUncommittedByACrashIsNotListed() throws Exception {
        WebRun.Client ana = site.run().loggedIn("ana");
        assertThat(ana.upload("/data", "file", "first.csv", cities, Map.of("standard", "kz-2019")).status()).isEqualTo(200);
        Path uploads = site.run().workspace().resolve("data/uploads");
        String kept = uploadsOnDisk().stream().filter(name -> name.endsWith(".csv")).findFirst().orElseThrow();
        // as a server killed between keeping a data set and committing it leaves it
        Files.copy(uploads.resolve(kept), uploads.resolve("kz-2019-20261207-000000-ana.csv"));
        Files.writeString(uploads.resolve("kz-2019-20261207-000000-ana.csv.about"), Files.readString(uploads.resolve(kept + ".about")));

        String page = ana.get("/data").body();

        assertThat(page).contains(kept).doesNotContain("kz-2019-20261207-000000-ana.csv");
        assertThat(ana.get("/results?standard=kz-2019&data=uploads/kz-2019-20261207-000000-ana.csv").status()).isEqualTo(404);
    }
}
