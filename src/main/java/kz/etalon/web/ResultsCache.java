package kz.etalon.web;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Results shared by every visitor, keyed by the content of what they came from: the files named (a
 * standard's YAML, a data file), every file under the rules root, and the question asked. An upload or
 * an edit changes the content and so the key: a result is never stale. Two visitors asking the same at
 * once compute it once. At most {@link #LIMIT} results are kept, the least recently used going first.
 */
final class ResultsCache {

    static final int LIMIT = 64;

    private final Path rulesRoot;
    private final LinkedHashMap<String, CompletableFuture<Object>> results = new LinkedHashMap<>(16, 0.75f, true);
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong misses = new java.util.concurrent.atomic.AtomicLong();

    ResultsCache(Path rulesRoot) {
        this.rulesRoot = rulesRoot;
    }

    /** The result of {@code question} on {@code files}, computed by {@code compute} unless already known. */
    @SuppressWarnings("unchecked")
    <T> T get(String question, List<Path> files, Supplier<T> compute) {
        String key = fingerprint(question, files);
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known;
        synchronized (results) {
            known = results.putIfAbsent(key, mine);
            while (results.size() > LIMIT) {
                results.remove(results.keySet().iterator().next());
            }
        }
        (known != null ? hits : misses).incrementAndGet();
        if (known != null) {
            try {
                return (T) known.join();
            } catch (CompletionException e) {
                throw rethrown(e.getCause());
            }
        }
        try {
            T value = compute.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            synchronized (results) {
                results.remove(key, mine);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Results answered from the cache (or from a computation already under way) since the start. */
    long hits() {
        return hits.get();
    }

    /** Results computed since the start. */
    long misses() {
        return misses.get();
    }

    int size() {
        synchronized (results) {
            return results.size();
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private String fingerprint(String question, List<Path> files) {
        MessageDigest digest = sha256();
        digest.update(question.getBytes(StandardCharsets.UTF_8));
        List<Path> all = new ArrayList<>(files);
        all.addAll(rulesFiles());
        for (Path file : all) {
            digest.update((byte) 0);
            digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                digest.update("missing".getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<Path> rulesFiles() {
        if (!Files.isDirectory(rulesRoot)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(rulesRoot)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests: the keys known, oldest first. */
    Map<String, Boolean> keys() {
        synchronized (results) {
            Map<String, Boolean> keys = new LinkedHashMap<>();
            results.forEach((key, value) -> keys.put(key, value.isDone()));
            return keys;
        }
    }
}
