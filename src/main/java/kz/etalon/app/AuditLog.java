package kz.etalon.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The audit log read back, newest first: the current file, then {@code audit.log.1} and the older ones,
 * filtered by user, kind of event and days (UTC), one page at a time. A line that is not an entry (cut
 * short by a full disk, edited by hand) is passed over.
 */
public final class AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to show: every field may be empty (no filter); {@code from} and {@code to} are whole days, both included. */
    public record Filter(String user, Optional<AuditKind> kind, Optional<LocalDate> from, Optional<LocalDate> to) {

        public static final Filter NONE = new Filter("", Optional.empty(), Optional.empty(), Optional.empty());

        boolean keeps(AuditEntry entry) {
            LocalDate day = entry.time().atZone(ZoneOffset.UTC).toLocalDate();
            return (user == null || user.isBlank() || entry.user().equalsIgnoreCase(user.strip()))
                    && kind.map(wanted -> wanted.id().equals(entry.kind())).orElse(true)
                    && from.map(first -> !day.isBefore(first)).orElse(true)
                    && to.map(last -> !day.isAfter(last)).orElse(true);
        }
    }

    /** One page of entries (newest first), its number from 1, and whether older entries follow. */
    public record Page(List<AuditEntry> entries, int number, boolean more) {
    }

    private final Path file;

    public AuditLog(Path file) {
        this.file = file;
    }

    /** Page {@code number} (from 1) of {@code size} entries that {@code filter} keeps. */
    public Page page(Filter filter, int number, int size) {
        int page = Math.max(1, number);
        long skip = (long) (page - 1) * size;
        List<AuditEntry> entries = new ArrayList<>();
        long kept = 0;
        for (Path part : parts()) {
            List<String> lines = lines(part);
            for (int i = lines.size() - 1; i >= 0; i--) {
                Optional<AuditEntry> entry = parse(lines.get(i)).filter(filter::keeps);
                if (entry.isEmpty()) {
                    continue;
                }
                if (kept++ < skip) {
                    continue;
                }
                if (entries.size() == size) {
                    return new Page(entries, page, true);
                }
                entries.add(entry.get());
            }
        }
        return new Page(entries, page, false);
    }

    /** Every entry, oldest first (for tests and exports). */
    public List<AuditEntry> all() {
        List<AuditEntry> entries = new ArrayList<>();
        List<Path> parts = parts();
        for (int p = parts.size() - 1; p >= 0; p--) {
            lines(parts.get(p)).forEach(line -> parse(line).ifPresent(entries::add));
        }
        return entries;
    }

    /** The current file and the rotated ones, newest first. */
    private List<Path> parts() {
        List<Path> parts = new ArrayList<>();
        parts.add(file);
        for (int number = 1; Files.exists(Audit.rotated(file, number)); number++) {
            parts.add(Audit.rotated(file, number));
        }
        return parts;
    }

    private static List<String> lines(Path part) {
        try {
            return Files.exists(part) ? Files.readAllLines(part, StandardCharsets.UTF_8) : List.of();
        } catch (java.nio.charset.MalformedInputException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit log " + part, e);
        }
    }

    static Optional<AuditEntry> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            AuditEntry.Outcome outcome = AuditEntry.Outcome.valueOf(text(node, "outcome").toUpperCase(Locale.ROOT));
            return Optional.of(new AuditEntry(Instant.parse(text(node, "time")), text(node, "user"), text(node, "address"),
                    text(node, "event"), text(node, "target"), outcome, text(node, "detail")));
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
