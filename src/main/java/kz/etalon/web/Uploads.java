package kz.etalon.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The uploaded data sets of a workspace, in {@code data/uploads/}. A file is received into
 * {@code uploads/.incoming/} under a random name, checked there, and then either dropped or kept: moved
 * in one step to a name the server makes ({@code <standard>-<yyyyMMdd-HHmmss>-<user>.<ext>}, never the
 * visitor's), beside a note of who handed it in, when, for which standard, under what file name, with
 * which cities ({@code NAME.about}). The note is written first and claims the name, so two uploads at
 * once never share one, and a data set never shows without its note.
 */
final class Uploads {

    static final String NOTE = ".about";
    private static final String INCOMING = ".incoming";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final int MOST_AT_ONCE = 1000;
    private static final int CHUNK = 64 * 1024;

    /** What is known of one upload: its name under uploads/ and the note kept beside it. */
    record Upload(String name, String standard, String uploader, Instant at, String original, List<String> cities) {
    }

    /** An upload kept: when, and its size. */
    record Kept(Instant at, long bytes) {
    }

    /** An upload larger than the server takes; nothing of it is kept. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("upload larger than the limit", null, false, false);
        }
    }

    /** A file received and not yet kept or dropped: closing it drops it unless it was kept. */
    static final class Received implements AutoCloseable {

        private final Path file;
        private final String extension;

        private Received(Path file, String extension) {
            this.file = file;
            this.extension = extension;
        }

        Path file() {
            return file;
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a file left in .incoming is never listed nor read again
            }
        }
    }

    private final Path folder;
    private final Clock clock;
    private final long limit;

    Uploads(Path folder, Clock clock, long limit) {
        this.folder = folder;
        this.clock = clock;
        this.limit = limit;
    }

    /** Copies {@code content} into .incoming; more than the limit is refused as {@link TooLarge}, nothing kept. */
    Received receive(InputStream content, String extension) {
        try {
            Path incoming = Files.createDirectories(folder.resolve(INCOMING));
            Path file = incoming.resolve(UUID.randomUUID() + "." + extension);
            Received received = new Received(file, extension);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[CHUNK];
                long total = 0;
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        throw new TooLarge();
                    }
                    out.write(buffer, 0, read);
                }
            } catch (IOException | RuntimeException e) {
                received.close();
                throw e;
            }
            return received;
        } catch (IOException e) {
            throw new UncheckedIOException("receiving an upload into " + folder, e);
        }
    }

    /**
     * Deletes what a server stopped mid-upload left in .incoming, older than {@code age} (so an upload
     * another server on the same workspace is receiving right now stays).
     */
    void dropLeftovers(Duration age) {
        Path incoming = folder.resolve(INCOMING);
        if (!Files.isDirectory(incoming)) {
            return;
        }
        Instant before = clock.instant().minus(age);
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // what cannot be deleted now is tried again at the next start; it is never listed nor read
        }
    }

    /** Keeps a received file under a name of its own, with its note; returns what the note says. */
    Upload keep(Received received, String standard, String uploader, String original, List<String> cities) {
        Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String stem = safe(standard) + "-" + STAMP.format(at) + "-" + safe(uploader);
        for (int n = 1; n <= MOST_AT_ONCE; n++) {
            String name = stem + (n == 1 ? "" : "-" + n) + "." + received.extension;
            Path target = folder.resolve(name);
            Path note = folder.resolve(name + NOTE);
            Upload upload = new Upload(name, standard, uploader, at, original, cities);
            try {
                if (Files.exists(target)) {
                    continue;
                }
                Files.write(note, noteText(upload).getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + note, e);
            }
            try {
                Files.move(received.file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(note);
                } catch (IOException ignored) {
                    // the note of a data set that is not there is never read
                }
                throw new UncheckedIOException("keeping the upload as " + target, e);
            }
            return upload;
        }
        throw new IllegalStateException("more than " + MOST_AT_ONCE + " uploads named " + stem + " in one second");
    }

    /** Deletes a kept upload and its note again (its commit failed): nothing of it stays. */
    void drop(String name) {
        try {
            Files.deleteIfExists(folder.resolve(name));
            Files.deleteIfExists(folder.resolve(name + NOTE));
        } catch (IOException e) {
            // what cannot be deleted is never listed: an upload counts only once committed
        }
    }

    /** The note of the upload {@code name} (a file name under uploads/), if it has one that can be read. */
    Optional<Upload> find(String name) {
        Path note = folder.resolve(name + NOTE);
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        try {
            Properties read = new Properties();
            read.load(new StringReader(Files.readString(note, StandardCharsets.UTF_8)));
            List<String> cities = new ArrayList<>();
            int count = Integer.parseInt(read.getProperty("cities", "0"));
            for (int i = 1; i <= count; i++) {
                cities.add(read.getProperty("city." + i, ""));
            }
            return Optional.of(new Upload(name, read.getProperty("standard", ""), read.getProperty("uploader", ""),
                    Instant.parse(read.getProperty("uploaded")), read.getProperty("original", ""), cities));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();  // a damaged note: the data set is listed without it
        }
    }

    /** The uploads {@code uploader} handed in since {@code since} that are kept, from their notes. */
    List<Kept> keptBy(String uploader, Instant since) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Kept> kept = new ArrayList<>();
        try (Stream<Path> notes = Files.list(folder)) {
            for (Path note : notes.filter(file -> file.getFileName().toString().endsWith(NOTE)).toList()) {
                String name = note.getFileName().toString();
                name = name.substring(0, name.length() - NOTE.length());
                Path data = folder.resolve(name);
                Optional<Upload> upload = find(name).filter(found -> found.uploader().equals(uploader) && found.at().isAfter(since));
                if (upload.isPresent() && Files.isRegularFile(data)) {
                    kept.add(new Kept(upload.get().at(), Files.size(data)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the uploads in " + folder, e);
        }
        return kept;
    }

    private static String noteText(Upload upload) {
        Properties note = new Properties();
        note.setProperty("standard", upload.standard());
        note.setProperty("uploader", upload.uploader());
        note.setProperty("uploaded", upload.at().toString());
        note.setProperty("original", upload.original());
        note.setProperty("cities", String.valueOf(upload.cities().size()));
        for (int i = 0; i < upload.cities().size(); i++) {
            note.setProperty("city." + (i + 1), upload.cities().get(i));
        }
        StringWriter text = new StringWriter();
        try {
            note.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // one entry a line, in a fixed order (a Properties file lists them in hash order, after a date)
        List<String> lines = text.toString().lines().filter(line -> !line.startsWith("#"))
                .sorted(Comparator.comparing(Uploads::keyStem).thenComparingInt(Uploads::keyNumber)).toList();
        return "# city data uploaded to this workspace: who handed it in, when, for which standard, as what file\n"
                + String.join("\n", lines) + "\n";
    }

    private static String keyStem(String line) {
        return line.substring(0, line.indexOf('=')).replaceAll("\\.\\d+$", "");
    }

    private static int keyNumber(String line) {
        String key = line.substring(0, line.indexOf('='));
        return key.matches(".*\\.\\d+") ? Integer.parseInt(key.substring(key.lastIndexOf('.') + 1)) : 0;
    }

    /** Letters, digits, {@code _} and {@code -} only, so a name can never leave the folder or clash in form. */
    static String safe(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9_-]", "_");
        cleaned = cleaned.length() > 40 ? cleaned.substring(0, 40) : cleaned;
        return cleaned.isEmpty() ? "_" : cleaned.toLowerCase(Locale.ROOT);
    }
}
