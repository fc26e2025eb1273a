package kz.etalon.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.standard.RuleFolder;
import kz.etalon.standard.Standard;

/**
 * Finds the DRL files a standard names and gives the compiled {@link RuleBook}, built once per
 * distinct rule content: two standards with the same rules share one KieBase.
 */
public final class RuleBooks {

    /** Keyed by a hash of the DRL content, so the cache can never serve rules other than those on disk. */
    private static final Map<String, RuleBook> BY_CONTENT = new ConcurrentHashMap<>();

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
        for (RuleFolder folder : folders) {
            Path dir = rulesRoot.resolve(folder.name()).normalize();
            if (!dir.startsWith(rulesRoot) || !Files.isDirectory(dir)) {
                problems.error(folder.at(), "no rules folder `" + folder.name() + "` in " + rulesRoot
                        + "; folders there: " + String.join(", ", folderNames()));
                continue;
            }
            List<Path> files = drlFiles(dir, folder.at(), problems);
            if (files.isEmpty()) {
                problems.error(folder.at(), "rules folder `" + folder.name() + "` holds no .drl file");
            }
            for (Path file : files) {
                try {
                    sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    problems.error(Location.of(file), "cannot read rules: " + e.getMessage());
                }
            }
        }
        return sources;
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
