package kz.etalon.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * A file a result is written to. A regular file (or the file a link points to) is replaced whole or
 * not at all, through a temporary file beside it, and keeps its permissions; a new one gets the
 * usual ones (the umask's). A device or a pipe ({@code /dev/null}, {@code /dev/stdout}) is written
 * into, never replaced. Whatever can be known before the work (a missing or read-only folder, a
 * target that is one of the inputs) is checked by {@link #check}; a failure is a user's problem
 * (exit 2) with what to do.
 */
public final class OutputFile {

    /** Temporary files being written now: removed if the run is stopped (Ctrl-C) in between. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(OutputFile::deleteQuietly), "etalon-temp-cleanup"));
    }

    private final Path target;

    private OutputFile(Path target) {
        this.target = target;
    }

    /** The file as the user named it. */
    public Path path() {
        return target;
    }

    /**
     * Checks that {@code target} can be written and names none of {@code inputs}, before any work is
     * done; throws an {@link InputException} that says what to do otherwise.
     */
    public static OutputFile check(Path target, Collection<Path> inputs) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw problem(target, "it is a folder; --out names a file to write, e.g. " + target.resolve("results.txt"));
        }
        for (Path input : inputs) {
            if (sameFile(absolute, input)) {
                throw problem(target, "it is one of the inputs (" + input + "); writing the results there would replace it;"
                        + " give --out another file name");
            }
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            return new OutputFile(target);  // a device or a pipe: written into
        }
        Path folder = realTarget(absolute).getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw problem(target, "there is no folder " + absolute.getParent() + "; create it first (mkdir -p "
                    + absolute.getParent() + ") or give --out a file in a folder that exists");
        }
        if (!Files.isWritable(folder)) {
            throw problem(target, "the folder " + folder + " is read-only for you; give --out a file in a folder you may write to");
        }
        return new OutputFile(target);
    }

    public void write(String content) {
        write(content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(byte[] content) {
        try {
            Path absolute = target.toAbsolutePath();
            if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
                try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                    out.write(content);
                }
            } else {
                replace(realTarget(absolute), content);
            }
        } catch (IOException e) {
            throw problem(target, reason(e) + "; --out names a file in a folder that exists,"
                    + " that you may write to and that has room");
        }
    }

    /** Writes a temporary file beside {@code file} and moves it over {@code file}. */
    private static void replace(Path file, byte[] content) throws IOException {
        Path folder = file.getParent();
        String name = file.getFileName().toString();
        removeLeftovers(folder, name);
        Path temp = folder.resolve(temporaryName(name, ProcessHandle.current().pid()));
        LIVE.add(temp);
        try {
            Files.deleteIfExists(temp);
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            keepPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            deleteQuietly(temp);
            LIVE.remove(temp);
        }
    }

    /** {@code .name<pid>.tmp}: the process that writes it, so that the next write can tell a dead run's from a live one's. */
    static String temporaryName(String name, long pid) {
        return "." + name + pid + ".tmp";
    }

    /** Removes the temporary files of earlier runs, killed while writing {@code name}, that are no longer running. */
    private static void removeLeftovers(Path folder, String name) {
        Pattern leftover = Pattern.compile(Pattern.quote("." + name) + "([0-9]+)\\.tmp");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "." + globEscaped(name) + "*.tmp")) {
            for (Path entry : entries) {
                var matched = leftover.matcher(entry.getFileName().toString());
                if (matched.matches() && !running(matched.group(1)) && Files.isRegularFile(entry)) {
                    deleteQuietly(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up is a courtesy: the write itself does not depend on it
        }
    }

    private static boolean running(String digits) {
        try {
            long pid = Long.parseLong(digits);
            return pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;   // longer than any process id: left by an older version's random name
        }
    }

    private static String globEscaped(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    private static void keepPermissions(Path existing, Path temp) {
        try {
            if (Files.exists(existing)) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(existing);
                Files.setPosixFilePermissions(temp, permissions);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system, or not ours to read: the new file keeps the usual permissions
        }
    }

    /** The file a link points to (links are kept, their target replaced); the path itself when it does not exist. */
    private static Path realTarget(Path absolute) {
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            return parent != null && Files.isDirectory(parent) ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        String message = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage());
        if (message.contains("No space left")) {
            return "the disk is full";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder is gone";
        }
        return message;
    }

    private static InputException problem(Path target, String message) {
        return InputException.of(Location.of(target), "cannot write the output: " + message);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done for it
        }
    }
}
