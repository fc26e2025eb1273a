package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadsTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path dir;

    private Uploads uploads(long limit) {
        return new Uploads(dir.resolve("uploads"), Clock.fixed(NOON, ZoneOffset.UTC), limit);
    }

    @Test
    void aKeptUploadIsNamedByStandardTimeAndUser_andItsNoteReadsBack() {
        Uploads uploads = uploads(1024);
        Uploads.Upload kept;
        try (Uploads.Received received = uploads.receive(stream("city,indicator,value\n"), "csv")) {
            kept = uploads.keep(received, "kz-2019", "Vera Petrova", "../../Алматы 2019.csv", List.of("Almaty", "Aktau, old town"));
        }
        assertThat(kept.name()).isEqualTo("kz-2019-20261202-120000-vera_petrova.csv");
        assertThat(dir.resolve("uploads").resolve(kept.name())).hasContent("city,indicator,value");
        assertThat(uploads.find(kept.name())).contains(new Uploads.Upload(kept.name(), "kz-2019", "Vera Petrova", NOON,
                "../../Алматы 2019.csv", List.of("Almaty", "Aktau, old town")));
    }

    @Test
    void aNameOfTheVisitorsNeverLeavesTheFolder() {
        assertThat(Uploads.safe("../../etc/passwd")).isEqualTo("______etc_passwd");
        assertThat(Uploads.safe("")).isEqualTo("_");
        assertThat(DataPage.shownName("C:\\Users\\ana\\cities.xlsx")).isEqualTo("cities.xlsx");
        assertThat(DataPage.shownName("../..")).isEqualTo("upload");
        assertThat(DataPage.shownName("a\u0000b\nc.csv")).isEqualTo("a_b_c.csv");
    }

    @Test
    void manyUploadsInTheSameSecondByTheSameUserEachKeepTheirOwnFile() throws Exception {
        Uploads uploads = uploads(1024);
        int count = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<Uploads.Upload>> kept = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                String content = "upload " + i;
                Callable<Uploads.Upload> task = () -> {
                    try (Uploads.Received received = uploads.receive(stream(content), "csv")) {
                        start.await();
                        return uploads.keep(received, "kz-2019", "ana", content + ".csv", List.of("Almaty"));
                    }
                };
                kept.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Uploads.Upload> upload : kept) {
                Uploads.Upload done = upload.get();
                // each file holds what its own upload sent, and its note names that upload
                assertThat(dir.resolve("uploads").resolve(done.name())).hasContent(done.original().replace(".csv", ""));
                assertThat(uploads.find(done.name()).orElseThrow().original()).isEqualTo(done.original());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(kept.stream().map(this::name).distinct()).hasSize(count);
        try (Stream<Path> files = Files.list(dir.resolve("uploads"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".csv"))).hasSize(count);
        }
    }

    @Test
    void anUploadOverTheLimitLeavesNothing() throws IOException {
        Uploads uploads = uploads(10);
        assertThatThrownBy(() -> uploads.receive(stream("12345678901"), "csv")).isInstanceOf(Uploads.TooLarge.class);
        try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void aReceivedFileThatIsNotKeptIsDropped() throws IOException {
        Uploads uploads = uploads(1024);
        Path file;
        try (Uploads.Received received = uploads.receive(stream("x"), "xlsx")) {
            file = received.file();
            assertThat(file).exists();
        }
        assertThat(file).doesNotExist();
        try (Stream<Path> files = Files.walk(dir.resolve("uploads"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void whatAStoppedServerLeftHalfReceivedIsDroppedAtTheNextStart_butNotAnUploadUnderWay() throws IOException {
        Path incoming = Files.createDirectories(dir.resolve("uploads").resolve(".incoming"));
        Path old = Files.writeString(incoming.resolve("left-over.csv"), "half");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(NOON.minusSeconds(2 * 3600)));
        Path recent = Files.writeString(incoming.resolve("under-way.csv"), "half");
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(NOON.minusSeconds(60)));

        uploads(1024).dropLeftovers(java.time.Duration.ofHours(1));

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    private String name(Future<Uploads.Upload> upload) {
        try {
            return upload.get().name();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
