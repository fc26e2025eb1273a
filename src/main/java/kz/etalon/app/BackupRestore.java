package kz.etalon.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import kz.etalon.history.HistoryBundle;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * A backup made by {@link Backups} brought back into an empty folder: the manifest checked first (an archive or
 * workspace format this Etalon does not know is refused), then the history cloned from its bundle and checked
 * out, then the files of {@code .etalon/}, readable by their owner only. A restore that fails leaves the folder
 * as empty as it was.
 */
public final class BackupRestore {

    /** No file of a workspace's own is near this; a larger entry means the archive is not one of ours. */
    private static final long ENTRY_LIMIT = 1L << 31;

    private BackupRestore() {
    }

    /** What was restored: the manifest's Etalon version and time, the HEAD commit, and the .etalon/ files. */
    public record Restored(String etalonVersion, String created, String head, List<String> ownFiles) {
    }

    static Restored restore(Path archive, Path target, Messages messages) {
        refuseNonEmpty(target, messages);
        if (!Files.isRegularFile(archive)) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.noArchive"));
        }
        boolean made = !Files.exists(target);
        Path unpacked = null;
        try {
            Files.createDirectories(target);
            unpacked = Files.createTempDirectory("etalon-restore-");
            Properties manifest = unpack(archive, unpacked, messages);
            int workspaceFormat = check(manifest, archive, messages);
            HistoryBundle.Head head = new HistoryBundle.Head(manifest.getProperty("head"), "");
            HistoryBundle.restore(unpacked.resolve(Backups.BUNDLE), target, head);
            List<String> own = placeOwnFiles(unpacked.resolve("etalon"), target.resolve(".etalon"));
            WorkspaceFormat.write(target, workspaceFormat);
            String commit = kz.etalon.history.RepositoryCheck.problem(target).isEmpty()
                    ? headOf(target) : "";
            return new Restored(manifest.getProperty("etalon.version"), manifest.getProperty("created"), commit, own);
        } catch (IOException e) {
            emptyAgain(target, made);
            throw new UncheckedIOException("could not restore " + archive + " into " + target, e);
        } catch (RuntimeException e) {
            emptyAgain(target, made);
            throw e;
        } finally {
            if (unpacked != null) {
                deleteTree(unpacked);
            }
        }
    }

    private static String headOf(Path home) {
        try (kz.etalon.history.WorkspaceRepository repository = kz.etalon.history.WorkspaceRepository.open(home)) {
            return repository.resolve("HEAD").map(kz.etalon.history.Commit::id).orElse("");
        }
    }

    private static void refuseNonEmpty(Path target, Messages messages) {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw InputException.of(Location.of(target), messages.get("restore.error.notFolder"));
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw InputException.of(Location.of(target), messages.get("restore.error.notEmpty"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + target, e);
        }
    }

    /** Unpacks the archive's known entries into {@code into}; anything else, or a name that climbs out, is refused. */
    private static Properties unpack(Path archive, Path into, Messages messages) throws IOException {
        Properties manifest = null;
        boolean bundle = false;
        try (InputStream file = Files.newInputStream(archive); ZipInputStream zip = new ZipInputStream(file)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.equals(Backups.MANIFEST)) {
                    manifest = new Properties();
                    manifest.load(new java.io.ByteArrayInputStream(bounded(zip)));
                } else if (name.equals(Backups.BUNDLE) || safeOwnFile(name)) {
                    bundle |= name.equals(Backups.BUNDLE);
                    Path to = into.resolve(name);
                    Files.createDirectories(to.getParent());
                    try (OutputStream out = Files.newOutputStream(to)) {
                        copyBounded(zip, out);
                    }
                } else {
                    throw InputException.of(Location.of(archive), messages.get("restore.error.strangeEntry", printable(name)));
                }
            }
        } catch (ZipException e) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.notBackup"));
        }
        if (manifest == null || !bundle) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.notBackup"));
        }
        return manifest;
    }

    private static boolean safeOwnFile(String name) {
        if (!name.startsWith(Backups.OWN_FILES) || name.contains("\\") || name.contains("\0")) {
            return false;
        }
        for (String part : name.substring(Backups.OWN_FILES.length()).split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The workspace format the archive holds, after checking the archive's own format and the workspace's. */
    private static int check(Properties manifest, Path archive, Messages messages) {
        String archiveFormat = manifest.getProperty("archive.format", "");
        if (!archiveFormat.equals(String.valueOf(Backups.ARCHIVE_FORMAT))) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.archiveFormat",
                    printable(archiveFormat), printable(manifest.getProperty("etalon.version", "?"))));
        }
        int format;
        try {
            format = Integer.parseInt(manifest.getProperty("workspace.format", ""));
        } catch (NumberFormatException e) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.notBackup"));
        }
        if (format > WorkspaceFormat.CURRENT || format < 1) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.newer", format,
                    printable(manifest.getProperty("etalon.version", "?")), WorkspaceFormat.CURRENT));
        }
        String head = manifest.getProperty("head", "");
        if (!head.matches("refs/heads/[A-Za-z0-9._/-]+|[0-9a-f]{40}") || head.contains("..")) {
            throw InputException.of(Location.of(archive), messages.get("restore.error.notBackup"));
        }
        return format;
    }

    private static List<String> placeOwnFiles(Path from, Path own) throws IOException {
        List<String> names = new ArrayList<>();
        Files.createDirectories(own);
        ownerOnly(own, "rwx------");
        if (!Files.isDirectory(from)) {
            return names;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = from.relativize(file).toString().replace('\\', '/');
                Path to = own.resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
                ownerOnly(to, "rw-------");
                names.add(name);
            }
        }
        return names;
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copyBounded(in, out);
        return out.toByteArray();
    }

    private static void copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > ENTRY_LIMIT) {
                throw new IOException("an entry of the archive is larger than " + ENTRY_LIMIT + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }

    private static String printable(String text) {
        String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Removes what a failed restore wrote: the folder is as the user gave it (empty, or not there). */
    private static void emptyAgain(Path target, boolean made) {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> entries = Files.list(target)) {
            entries.toList().forEach(BackupRestore::deleteTree);
        } catch (IOException ignored) {
            // what cannot be listed cannot be cleared; the error that stopped the restore is reported
        }
        if (made) {
            deleteTree(target);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover temporary folder is named as one
        }
    }
}
