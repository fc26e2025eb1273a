package kz.etalon.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.etalon.account.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log of a workspace, {@code <home>/.etalon/audit.log}: one JSON object a line for each event that
 * matters to security (log-ins, users, uploads, the steps of drafts and rounds), written by the web and the
 * command line alike. The file is its owner's only, as the users file is. When a line would take it past
 * {@link #MAX_BYTES}, it becomes {@code audit.log.1} (the older ones one number up, the oldest past
 * {@link #KEEP} dropped) and a new one is begun. Writers in several processes take {@code audit.log.lock}
 * in turn. A log that cannot be written is said in the server's log and does not stop the work it records.
 */
public final class Audit {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int KEEP = 5;
    private static final Logger LOG = LoggerFactory.getLogger("etalon.audit");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentHashMap<Path, Object> WRITERS = new ConcurrentHashMap<>();

    /** Who does something and from where: a visitor's name and address, or a command's user. */
    public record Actor(String user, String address) {

        public static final String COMMAND_LINE = "command line";

        /** Someone at the command line: {@code --as NAME}, else the system's user name. */
        public static Actor commandLine(String as) {
            String user = as != null && !as.isBlank() ? as.strip() : System.getProperty("user.name", "");
            return new Actor(user, COMMAND_LINE);
        }
    }

    private final Path file;
    private final Clock clock;
    private final long maxBytes;
    private final int keep;

    public Audit(Path file, Clock clock, long maxBytes, int keep) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock;
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    /** The audit log of the workspace at {@code home}. */
    public static Audit of(Path home) {
        return new Audit(file(home), Clock.systemUTC(), MAX_BYTES, KEEP);
    }

    public static Path file(Path home) {
        return home.resolve(".etalon").resolve("audit.log");
    }

    public Path file() {
        return file;
    }

    public void record(Actor actor, AuditKind kind, String target, AuditEntry.Outcome outcome) {
        record(actor, kind, target, outcome, "");
    }

    public void record(Actor actor, AuditKind kind, String target, AuditEntry.Outcome outcome, String detail) {
        write(new AuditEntry(clock.instant(), actor.user(), actor.address(), kind.id(), target, outcome, detail));
    }

    void write(AuditEntry entry) {
        byte[] line = line(entry);
        try {
            PrivateFiles.folder(file.getParent());
            synchronized (WRITERS.computeIfAbsent(file, key -> new Object())) {
                try (FileChannel lockFile = PrivateFiles.open(file.resolveSibling(file.getFileName() + ".lock"));
                     FileLock held = lockFile.lock()) {
                    rotateFor(line.length);
                    try (FileChannel log = PrivateFiles.append(file)) {
                        ByteBuffer buffer = ByteBuffer.wrap(line);
                        while (buffer.hasRemaining()) {
                            log.write(buffer);
                        }
                        log.force(false);
                    }
                }
            }
        } catch (IOException e) {
            LOG.error("cannot write the audit log {}: {}; the event was {}", file, e.getMessage(),
                    new String(line, StandardCharsets.UTF_8).strip());
        }
    }

    /** Starts a new file when {@code adding} more bytes would take this one past its size. */
    private void rotateFor(long adding) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size == 0 || size + adding <= maxBytes) {
            return;
        }
        Files.deleteIfExists(rotated(file, keep));
        for (int number = keep - 1; number >= 1; number--) {
            if (Files.exists(rotated(file, number))) {
                Files.move(rotated(file, number), rotated(file, number + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep >= 1) {
            Files.move(file, rotated(file, 1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
    }

    /** {@code audit.log.N}: the N-th older file. */
    static Path rotated(Path file, int number) {
        return file.resolveSibling(file.getFileName() + "." + number);
    }

    static byte[] line(AuditEntry entry) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("time", entry.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        fields.put("user", entry.user());
        fields.put("address", entry.address());
        fields.put("event", entry.kind());
        fields.put("target", entry.target());
        fields.put("outcome", entry.outcome().id());
        if (!entry.detail().isEmpty()) {
            fields.put("detail", entry.detail());
        }
        try {
            return (JSON.writeValueAsString(fields) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
