package kz.etalon.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.etalon.history.HistoryBundle;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * One archive (zip) of a workspace: its whole history as a Git bundle ({@code history.bundle}), the files of
 * {@code .etalon/} that are not in Git and matter (the users, the format, and whatever else the workspace
 * keeps there, such as an audit log; never the lock or the scratch and revision copies, which are remade),
 * and a manifest (the archive's format, Etalon's version, the workspace's format, the time, HEAD). The bundle
 * and the files are taken holding the workspace's write lock, so a backup taken while a server saves is of one
 * moment. {@link BackupRestore} brings an archive back.
 */
public final class Backups {

    /** The layout of the archive itself. */
    static final int ARCHIVE_FORMAT = 1;
    static final String MANIFEST = "manifest.properties";
    static final String BUNDLE = "history.bundle";
    static final String OWN_FILES = "etalon/";
    /** What under .etalon/ is made again as needed, or belongs to the running process. */
    private static final List<String> REMADE = List.of("workspace.lock", "scratch", "revisions", "rule-cache");

    private Backups() {
    }

    /** What a backup holds: where it went, the commit HEAD named, and the .etalon/ files (relative names). */
    public record Written(Path archive, String head, List<String> ownFiles) {
    }

    static Written write(Etalon app, Path out, Clock clock, Messages messages) {
        Path home = app.workspace().home();
        int format = WorkspaceFormat.checkOrUpgrade(home, messages);
        WorkspaceRepository repository = app.repository();
        if (!repository.ownWorkTree()) {
            throw InputException.of(Location.of(home), messages.get("backup.error.insideProject"));
        }
        Path partial = out.resolveSibling("." + out.getFileName() + ".partial");
        List<OwnFile> own = new ArrayList<>();
        HistoryBundle.Head head;
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(BUNDLE));
            head = repository.writeBundle(new NotClosing(zip), () -> own.addAll(ownFiles(home)));
            zip.closeEntry();
            for (OwnFile ownFile : own) {
                entry(zip, OWN_FILES + ownFile.name(), ownFile.bytes());
            }
            Properties manifest = new Properties();
            manifest.setProperty("archive.format", String.valueOf(ARCHIVE_FORMAT));
            manifest.setProperty("etalon.version", Release.version());
            manifest.setProperty("workspace.format", String.valueOf(format));
            manifest.setProperty("created", Instant.now(clock).toString());
            manifest.setProperty("head", head.branchOrCommit());
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.store(manifestBytes, "Etalon workspace backup");
            entry(zip, MANIFEST, manifestBytes.toByteArray());
            zip.finish();
            file.flush();
            if (file instanceof java.io.FileOutputStream stream) {
                stream.getFD().sync();
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("could not write the backup " + out, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException("could not write the backup " + out, e);
        }
        return new Written(out, head.commit(), own.stream().map(OwnFile::name).toList());
    }

    /** A file of .etalon/ as it was read under the lock. */
    private record OwnFile(String name, byte[] bytes) {
    }

    private static List<OwnFile> ownFiles(Path home) {
        Path own = home.resolve(".etalon");
        if (!Files.isDirectory(own)) {
            return List.of();
        }
        List<OwnFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(own)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = own.relativize(file).toString().replace('\\', '/');
                if (REMADE.contains(name.split("/")[0])) {
                    continue;
                }
                files.add(new OwnFile(name, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + own, e);
        }
        return files;
    }

    /** The zip stream, left open when the bundle writer is done with it. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover partial file is named as one and replaced by the next backup
        }
    }

}
