package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import kz.etalon.account.Role;
import kz.etalon.app.Uploading;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every upload kept is kept in the history for good, so one user may keep only so many in a row; and a
 * file that names more cities than a data set may hold is refused with the limit and what to do.
 */
class UploadAllowanceTest {

    @TempDir
    static Path dir;
    static WebRun web;
    static byte[] bundled2019;

    @BeforeAll
    static void serve() throws IOException {
        web = WebRun.withUsers(dir, Map.of("dana", Role.ANALYST, "erlan", Role.ANALYST));
        bundled2019 = Files.readAllBytes(web.workspace().resolve("data/kz-2019-cities.csv"));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void anUploadPastTheHoursAllowanceIsRefusedWith429AndNothingIsKept_anotherUserStillUploads() throws IOException {
        WebRun.Client dana = web.loggedIn("dana");
        for (int i = 0; i < UploadAllowance.MOST_AN_HOUR; i++) {
            assertThat(upload(dana, "cities-" + i + ".csv", bundled2019).status()).isEqualTo(200);
        }
        long kept = storedData();

        WebRun.Response refused = upload(dana, "one-more.csv", bundled2019);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).as("seconds until the oldest upload of the hour ages out")
                .isBetween(60L, 3600L);
        assertThat(refused.body()).contains("Too many uploads in a row", "at most 10 uploads an hour", "Nothing was kept");
        assertThat(storedData()).isEqualTo(kept);
        assertThat(upload(web.loggedIn("erlan"), "erlans.csv", bundled2019).status()).isEqualTo(200);
    }

    @Test
    void aFileNamingMoreCitiesThanADataSetHoldsIsRefusedWith413_namingTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("city,indicator,value\n");
        for (int city = 1; city <= Uploading.MOST_CITIES + 1; city++) {
            csv.append("Town ").append(city).append(",ctm.01,50\n");
        }
        long kept = storedData();

        WebRun.Response refused = upload(web.loggedIn("erlan"), "towns.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("The file holds more than city data can", "A data set holds at most 1,000 cities",
                "the file names 1,001 cities");
        assertThat(storedData()).isEqualTo(kept);
    }

    private static WebRun.Response upload(WebRun.Client client, String name, byte[] content) {
        return client.upload("/data", "file", name, content, Map.of("standard", "kz-2019"));
    }

    private static long storedData() throws IOException {
        Path uploads = web.workspace().resolve("data/uploads");
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(uploads)) {
            return files.filter(file -> file.toString().endsWith(".csv")).count();
        }
    }
}
