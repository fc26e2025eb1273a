package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kz.etalon.app.Audit.Actor;
import kz.etalon.app.AuditEntry.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTest {

    private static final Actor AIGUL = new Actor("aigul", "10.0.0.7");

    @TempDir
    Path home;

    private Audit audit(Instant at, long maxBytes, int keep) {
        return new Audit(Audit.file(home), Clock.fixed(at, ZoneOffset.UTC), maxBytes, keep);
    }

    @Test
    void eachEventIsOneJsonLineWithTimeUserAddressWhatAndOutcome() throws IOException {
        audit(Instant.parse("2026-12-08T03:04:05Z"), Audit.MAX_BYTES, Audit.KEEP)
                .record(AIGUL, AuditKind.UPLOAD, "kz-2019", Outcome.OK, "file=aktau.csv");

        List<String> lines = Files.readAllLines(Audit.file(home));
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.get(0));
        assertThat(line.get("time").asText()).isEqualTo("2026-12-08T03:04:05Z");
        assertThat(line.get("user").asText()).isEqualTo("aigul");
        assertThat(line.get("address").asText()).isEqualTo("10.0.0.7");
        assertThat(line.get("event").asText()).isEqualTo("upload");
        assertThat(line.get("target").asText()).isEqualTo("kz-2019");
        assertThat(line.get("outcome").asText()).isEqualTo("ok");
        assertThat(line.get("detail").asText()).isEqualTo("file=aktau.csv");
    }

    @Test
    void aLineBreakInANameCannotForgeASecondEntry() throws IOException {
        audit(Instant.EPOCH, Audit.MAX_BYTES, Audit.KEEP).record(new Actor("x\n{\"user\":\"admin\"}", "::1"),
                AuditKind.LOG_IN_FAILED, "x", Outcome.FAILED);

        assertThat(Files.readAllLines(Audit.file(home))).hasSize(1);
        assertThat(new AuditLog(Audit.file(home)).all()).singleElement()
                .satisfies(entry -> assertThat(entry.user()).startsWith("x\n"));
    }

    @Test
    void theLogAndItsFolderAreTheOwnersOnly() throws IOException {
        audit(Instant.EPOCH, Audit.MAX_BYTES, Audit.KEEP).record(AIGUL, AuditKind.LOG_IN, "aigul", Outcome.OK);

        if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Audit.file(home)))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Audit.file(home).getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aFullFileIsRotated_keepingTheNewestFiles_andNothingIsLostOfThoseKept() throws IOException {
        Audit audit = audit(Instant.EPOCH, 400, 2);
        for (int i = 0; i < 20; i++) {
            audit.record(AIGUL, AuditKind.DRAFT_SAVED, "draft-" + i, Outcome.OK);
        }

        Path file = Audit.file(home);
        assertThat(Files.size(file)).isLessThanOrEqualTo(400);
        assertThat(Audit.rotated(file, 1)).exists();
        assertThat(Audit.rotated(file, 2)).exists();
        assertThat(Audit.rotated(file, 3)).doesNotExist();
        assertThat(Files.size(Audit.rotated(file, 1))).isLessThanOrEqualTo(400);
        List<String> kept = new AuditLog(file).all().stream().map(AuditEntry::target).toList();
        assertThat(kept).isNotEmpty().endsWith("draft-19");
        int first = Integer.parseInt(kept.get(0).substring("draft-".length()));
        assertThat(first).as("the oldest entries went with the oldest file").isPositive();
        assertThat(kept).as("one after another, none missing").containsExactlyElementsOf(
                java.util.stream.IntStream.range(first, 20).mapToObj(i -> "draft-" + i).toList());
    }

    @Test
    void pagesAreNewestFirst_andTheFilterKeepsUserKindAndDays() {
        Audit first = audit(Instant.parse("2026-12-01T10:00:00Z"), Audit.MAX_BYTES, Audit.KEEP);
        Audit second = audit(Instant.parse("2026-12-03T10:00:00Z"), Audit.MAX_BYTES, Audit.KEEP);
        for (int i = 0; i < 3; i++) {
            first.record(AIGUL, AuditKind.LOG_IN, "aigul", Outcome.OK);
        }
        second.record(new Actor("vera", "::1"), AuditKind.LOG_IN_FAILED, "vera", Outcome.FAILED);
        second.record(AIGUL, AuditKind.UPLOAD, "kz-2019", Outcome.OK);
        AuditLog log = new AuditLog(Audit.file(home));

        AuditLog.Page page1 = log.page(AuditLog.Filter.NONE, 1, 2);
        assertThat(page1.entries()).extracting(AuditEntry::kind).containsExactly("upload", "log-in.failed");
        assertThat(page1.more()).isTrue();
        AuditLog.Page page3 = log.page(AuditLog.Filter.NONE, 3, 2);
        assertThat(page3.entries()).hasSize(1);
        assertThat(page3.more()).isFalse();

        assertThat(log.page(new AuditLog.Filter("VERA", Optional.empty(), Optional.empty(), Optional.empty()), 1, 10)
                .entries()).extracting(AuditEntry::user).containsExactly("vera");
        assertThat(log.page(new AuditLog.Filter("", Optional.of(AuditKind.LOG_IN), Optional.empty(), Optional.empty()), 1, 10)
                .entries()).hasSize(3);
        assertThat(log.page(new AuditLog.Filter("", Optional.empty(), Optional.of(LocalDate.of(2026, 12, 2)),
                Optional.of(LocalDate.of(2026, 12, 3))), 1, 10).entries()).hasSize(2);
    }

    @Test
    void aLineThatIsNoEntryIsPassedOver() throws IOException {
        audit(Instant.EPOCH, Audit.MAX_BYTES, Audit.KEEP).record(AIGUL, AuditKind.LOG_OUT, "aigul", Outcome.OK);
        Files.writeString(Audit.file(home), "{\"time\": \"cut sh", java.nio.file.StandardOpenOption.APPEND);

        assertThat(new AuditLog(Audit.file(home)).all()).extracting(AuditEntry::kind).containsExactly("log-out");
    }
}
