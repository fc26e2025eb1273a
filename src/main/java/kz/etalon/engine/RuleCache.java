package kz.etalon.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kz.etalon.problem.BoundedRead;

/**
 * Compiled rules kept between runs: one executable-model kjar per key, in {@code $XDG_CACHE_HOME/etalon}
 * or {@code ~/.cache/etalon}, or where the system property {@code etalon.cache} or the environment
 * variable {@code ETALON_CACHE} says ({@code off} turns the cache off).
 *
 * <p>The key is a SHA-256 of everything the compiled classes depend on: each DRL file's path under
 * {@code rules/} and its content, the Drools version, the bytes of Etalon's fact classes (which the
 * rules are compiled against), the Java feature version and this cache's format. Any change gives
 * another key, so a stale entry is never read. The cache is only an accelerator: a file that cannot be
 * read, written or loaded makes the run compile the DRL as if there were no cache.
 *
 * <p>A kjar is compiled code, and DRL is trusted only from the project's rules/ folder: a cache folder or
 * file that other users may write is never loaded (the folder is created private).
 */
final class RuleCache {

    static final String PROPERTY = "etalon.cache";
    static final String ENVIRONMENT = "ETALON_CACHE";
    static final String OFF = "off";

    private static final String PREFIX = "rules-";
    /** A compiled kjar. */
    private static final String KJAR = ".kjar";
    /** An empty file: the executable model cannot build these rules, so they run compiled at each start. */
    private static final String CLASSIC_ONLY = ".classic";
    /** Entries left untouched this long are removed when a new one is written. */
    private static final Duration UNUSED = Duration.ofDays(30);

    /** A compiled kjar of the shipped rules is a few megabytes. */
    static final long MAX_KJAR_BYTES = 256L * 1024 * 1024;
    /** Cache folders this process has already said it does not use. */
    private static final Set<Path> REPORTED = ConcurrentHashMap.newKeySet();

    private final Path dir;
    /** Whether the folder passed its check; null until checked. */
    private Boolean safe;

    private RuleCache(Path dir) {
        this.dir = dir;
    }

    /** The cache the system property, the environment or the XDG defaults name. */
    static RuleCache fromEnvironment() {
        return of(System.getProperty(PROPERTY), System.getenv(ENVIRONMENT), System.getenv("XDG_CACHE_HOME"),
                System.getProperty("user.home"));
    }

    static RuleCache of(String property, String environment, String xdgCacheHome, String userHome) {
        String setting = property != null && !property.isBlank() ? property
                : environment != null && !environment.isBlank() ? environment : null;
        if (setting != null) {
            return setting.strip().equalsIgnoreCase(OFF) ? off() : at(Path.of(setting.strip()));
        }
        if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
            return at(Path.of(xdgCacheHome, "etalon"));
        }
        if (userHome != null && !userHome.isBlank()) {
            return at(Path.of(userHome, ".cache", "etalon"));
        }
        return off();
    }

    static RuleCache at(Path dir) {
        return new RuleCache(dir.toAbsolutePath().normalize());
    }

    static RuleCache off() {
        return new RuleCache(null);
    }

    boolean enabled() {
        return dir != null;
    }

    Optional<Path> dir() {
        return Optional.ofNullable(dir);
    }

    /**
     * The key of {@code sources} (DRL file path relative to {@code rulesRoot} -> content), or empty
     * when what the rules are compiled against cannot be identified (then nothing is cached).
     */
    Optional<String> key(Path rulesRoot, Map<Path, String> sources) {
        if (!enabled() || Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !folderIsSafe()) {
            return Optional.empty();   // a folder others may write is not used at all
        }
        return RuleCacheKey.of(rulesRoot, sources);
    }

    Path kjar(String key) {
        return dir.resolve(PREFIX + key + KJAR);
    }

    private Path classicOnlyMark(String key) {
        return dir.resolve(PREFIX + key + CLASSIC_ONLY);
    }

    /**
     * The kjar stored under {@code key}, if there is one that only this user can have written. The file is
     * opened relative to the cache folder's open handle (whose owner and mode are checked on that handle),
     * without following a link, and its own owner and mode are read through the same handle: renaming or
     * replacing a folder above the cache between the check and the read changes nothing, as a path
     * resolved twice could have been swapped in between.
     */
    Optional<byte[]> read(String key) {
        String name = kjar(key).getFileName().toString();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            if (!(stream instanceof SecureDirectoryStream<Path> folder)) {
                return noPosix() ? readByPath(kjar(key)) : Optional.empty();
            }
            if (OwnOnly.whyNot(folder.getFileAttributeView(PosixFileAttributeView.class).readAttributes()).isPresent()) {
                return Optional.empty();
            }
            Path entry = Path.of(name);
            try (SeekableByteChannel channel = folder.newByteChannel(entry, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
                PosixFileAttributes attributes = folder.getFileAttributeView(entry, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS).readAttributes();
                if (!attributes.isRegularFile() || OwnOnly.whyNot(attributes).isPresent()) {
                    return Optional.empty();   // someone else could have written it: compiled and stored again
                }
                byte[] bytes = BoundedRead.bytes(Channels.newInputStream(channel), MAX_KJAR_BYTES);
                touch(kjar(key));
                return Optional.of(bytes);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return Optional.empty();   // missing, a link, too large or unreadable
        }
    }

    /** Where the file system has no POSIX owners and modes (Windows), the user's profile folders are private. */
    private Optional<byte[]> readByPath(Path file) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(BoundedRead.bytes(file, MAX_KJAR_BYTES)) : Optional.empty();
    }

    private boolean noPosix() {
        return !dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Whether the cache folder may be used: checked once, on an open handle of the folder; when it may
     * not, the run says so once, as the cache then slows every run without a word otherwise.
     */
    private boolean folderIsSafe() {
        if (safe == null) {
            Optional<String> problem;
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                if (stream instanceof SecureDirectoryStream<Path> folder) {
                    problem = OwnOnly.whyNot(folder.getFileAttributeView(PosixFileAttributeView.class).readAttributes());
                } else {
                    problem = noPosix() ? Optional.empty()
                            : Optional.of("this system cannot open files relative to a checked folder");
                }
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                problem = Optional.of("it cannot be opened (" + e.getMessage() + ")");
            }
            safe = problem.isEmpty();
            problem.ifPresent(this::sayOnce);
        }
        return safe;
    }

    private void sayOnce(String problem) {
        if (REPORTED.add(dir)) {
            System.err.println("etalon: note: the rule cache " + dir + " is not used: " + problem
                    + "; rules are compiled on every run (make the folder yours and private with chmod 700,"
                    + " or set " + ENVIRONMENT + " to another folder, or to off)");
            System.err.flush();
        }
    }

    /** Stores {@code kjar} whole or not at all; a cache that cannot be written is not an error. */
    void write(String key, byte[] kjar) {
        writeQuietly(kjar(key), kjar);
        prune();
    }

    /** Forgets an entry that turned out unusable, so that the next run does not try it again. */
    void discard(String key) {
        try {
            Files.deleteIfExists(kjar(key));
        } catch (IOException | SecurityException e) {
            // the rebuilt entry replaces it
        }
    }

    boolean isClassicOnly(String key) {
        return Files.exists(classicOnlyMark(key));
    }

    void markClassicOnly(String key) {
        writeQuietly(classicOnlyMark(key), new byte[0]);
    }

    private void writeQuietly(Path target, byte[] content) {
        Path temp = null;
        try {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // run uncached
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | SecurityException e) {
                    // nothing more to do
                }
            }
        }
    }

    /** Keeps the modification time of entries in use recent (at most one write a day), for {@link #prune}. */
    private static void touch(Path file) {
        try {
            Instant now = Instant.now();
            if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                Files.setLastModifiedTime(file, FileTime.from(now));
            }
        } catch (IOException | SecurityException e) {
            // only an age
        }
    }

    /** Removes entries unused for {@link #UNUSED}: each DRL edit leaves one behind. */
    private void prune() {
        Instant cutoff = Instant.now().minus(UNUSED);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            // another run may be pruning too
        }
    }
}
