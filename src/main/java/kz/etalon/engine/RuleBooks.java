package kz.etalon.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.problem.TextBytes;
import kz.etalon.standard.RuleFolder;
import kz.etalon.standard.Standard;

/**
 * Finds the DRL files a standard names and gives the compiled {@link RuleBook}, built once per
 * distinct rule content: two standards with the same rules share one KieBase.
 */
public final class RuleBooks {

    /** Keyed by a hash of the DRL content, so the cache can never serve rules other than those on disk. */
    private static final Map<String, RuleBook> BY_CONTENT = new ConcurrentHashMap<>();

    /** A DRL file of the shipped method is a few kilobytes. */
    static final long MAX_DRL_BYTES = 4L * 1024 * 1024;

    private final Path rulesRoot;
    private final RuleCache cache;

    /**
     * @param rulesRoot the project's {@code rules/} folder, the only place DRL is loaded from; compiled
     *                  rules are kept in the cache the environment names ({@link RuleCache})
     */
    public RuleBooks(Path rulesRoot) {
        this(rulesRoot, RuleCache.fromEnvironment());
    }

    RuleBooks(Path rulesRoot, RuleCache cache) {
        this.rulesRoot = rulesRoot.toAbsolutePath().normalize();
        this.cache = cache;
    }

    public Path rulesRoot() {
        return rulesRoot;
    }

    /** The rule book for {@code standard}, or an {@link InputException} naming every problem. */
    public RuleBook forStandard(Standard standard) {
        Map<Path, String> sources = sources(standard);
        String hash = hash(sources);
        return BY_CONTENT.computeIfAbsent(hash, key -> RuleCompiler.compile(rulesRoot, sources, key, cache));
    }

    /** The DRL files {@code standard} names, in load order, with their content. */
    Map<Path, String> sources(Standard standard) {
        Problems problems = new Problems();
        Map<Path, String> sources = sources(standard.rules(), problems);
        problems.throwIfErrors();
        return sources;
    }

    private Map<Path, String> sources(List<RuleFolder> folders, Problems problems) {
        Map<Path, String> sources = new LinkedHashMap<>();
        Optional<Path> realRoot = realRoot(problems, folders.isEmpty() ? Location.of(rulesRoot) : folders.get(0).at());
        if (realRoot.isEmpty()) {
            return sources;
        }
        for (RuleFolder folder : folders) {
            Path dir = rulesRoot.resolve(folder.name()).normalize();
            if (!dir.startsWith(rulesRoot) || !Files.isDirectory(dir)) {
                problems.error(folder.at(), "no rules folder `" + folder.name() + "` in " + rulesRoot
                        + "; folders there: " + String.join(", ", folderNames()));
                continue;
            }
            if (!inside(dir, realRoot.get())) {
                problems.error(folder.at(), "rules folder `" + folder.name() + "` is a link that leads out of " + rulesRoot
                        + "; DRL is code and runs only from inside it: copy the rules into that folder instead of linking them");
                continue;
            }
            List<Path> files = drlFiles(dir, folder.at(), problems);
            if (files.isEmpty()) {
                problems.error(folder.at(), "rules folder `" + folder.name() + "` holds no .drl file");
            }
            for (Path file : files) {
                read(file, realRoot.get(), problems).ifPresent(text -> sources.put(file, text));
            }
        }
        return sources;
    }

    /** The rules root with every link resolved: the one place DRL files may really lie. */
    private Optional<Path> realRoot(Problems problems, Location at) {
        try {
            return Optional.of(rulesRoot.toRealPath());
        } catch (IOException e) {
            problems.error(at, "no rules folder " + rulesRoot + " (" + e.getMessage() + "); DRL is read only from there");
            return Optional.empty();
        }
    }

    /** Whether {@code path}, every link in it resolved, lies inside {@code realRoot}. */
    private static boolean inside(Path path, Path realRoot) {
        try {
            return path.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A DRL file's text, read from its real path once that is known to lie inside the root, opened
     * without following a link (one swapped in after the check fails to open), and at most
     * {@link #MAX_DRL_BYTES} long.
     */
    private static Optional<String> read(Path file, Path realRoot, Problems problems) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realRoot)) {
                problems.error(Location.of(file), "a link to " + real + ", outside the rules folder " + realRoot
                        + "; DRL is code and runs only from inside it: copy the file there instead of linking it");
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
                Optional<String> text = TextBytes.utf8(BoundedRead.bytes(in, MAX_DRL_BYTES));
                if (text.isEmpty()) {
                    problems.error(Location.of(file), "rules are not UTF-8 text; save the file with encoding UTF-8");
                }
                return text;
            }
        } catch (BoundedRead.TooLarge e) {
            problems.error(Location.of(file), "rules file is larger than " + e.shown());
        } catch (IOException e) {
            problems.error(Location.of(file), "cannot read rules: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static List<Path> drlFiles(Path dir, Location at, Problems problems) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            problems.error(at, "cannot list " + dir + ": " + e.getMessage());
            return List.of();
        }
    }

    private List<String> folderNames() {
        try (Stream<Path> entries = Files.list(rulesRoot)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private String hash(Map<Path, String> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.forEach((file, text) -> {
                digest.update(rulesRoot.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
