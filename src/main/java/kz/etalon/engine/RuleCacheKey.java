package kz.etalon.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import kz.etalon.engine.fact.Policy;

/**
 * The key of a {@link RuleCache} entry: a SHA-256 of everything compiled rules depend on — each DRL
 * file's path under {@code rules/} and its content, the Drools version, the bytes of Etalon's fact
 * classes, the Java feature version and the cache's format.
 */
final class RuleCacheKey {

    /** Bump when the layout of a cache entry changes. */
    private static final String FORMAT = "1";

    private RuleCacheKey() {
    }

    /** Empty when what the rules are compiled against cannot be identified (then nothing is cached). */
    static Optional<String> of(Path rulesRoot, Map<Path, String> sources) {
        Optional<String> facts = Facts.HASH;
        Optional<String> drools = droolsVersion();
        if (facts.isEmpty() || drools.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(key(rulesRoot, sources, drools.get(), facts.get()));
    }

    static String key(Path rulesRoot, Map<Path, String> sources, String droolsVersion, String factClasses) {
        MessageDigest digest = sha256();
        update(digest, "etalon rule cache " + FORMAT);
        update(digest, "drools " + droolsVersion);
        update(digest, "java " + Runtime.version().feature());
        update(digest, "facts " + factClasses);
        sources.forEach((file, text) -> {
            update(digest, rulesRoot.relativize(file).toString().replace('\\', '/'));
            update(digest, text);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Optional<String> droolsVersion() {
        String core = org.drools.core.common.InternalFactHandle.class.getPackage().getImplementationVersion();
        String model = org.drools.modelcompiler.CanonicalKieModule.class.getPackage().getImplementationVersion();
        if (core != null && model != null) {
            return Optional.of(core + "/" + model);
        }
        // No manifest (classes from folders): the places the classes come from name their versions.
        Optional<String> coreSource = source(org.drools.core.common.InternalFactHandle.class);
        Optional<String> modelSource = source(org.drools.modelcompiler.CanonicalKieModule.class);
        return coreSource.isPresent() && modelSource.isPresent()
                ? Optional.of(coreSource.get() + "|" + modelSource.get()) : Optional.empty();
    }

    private static Optional<String> source(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null || source.getLocation() == null ? Optional.empty()
                : Optional.of(source.getLocation().toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** The hash of the compiled fact classes, computed once (lazily: only a cached run needs it). */
    private static final class Facts {

        static final Optional<String> HASH = hash();

        private static Optional<String> hash() {
            String folder = Policy.class.getPackageName().replace('.', '/') + "/";
            try {
                CodeSource source = Policy.class.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return Optional.empty();
                }
                URL location = source.getLocation();
                Path path = Path.of(location.toURI());
                MessageDigest digest = sha256();
                if (Files.isDirectory(path)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(path.resolve(folder))) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : files) {
                        update(digest, path.relativize(file).toString().replace('\\', '/'));
                        digest.update(Files.readAllBytes(file));
                    }
                } else {
                    try (ZipFile jar = new ZipFile(path.toFile())) {
                        List<ZipEntry> entries = new ArrayList<>();
                        for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            ZipEntry entry = e.nextElement();
                            if (entry.getName().startsWith(folder) && !entry.isDirectory()) {
                                entries.add(entry);
                            }
                        }
                        entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
                        for (ZipEntry entry : entries) {
                            update(digest, entry.getName());
                            try (var in = jar.getInputStream(entry)) {
                                digest.update(in.readAllBytes());
                            }
                        }
                    }
                }
                return Optional.of(HexFormat.of().formatHex(digest.digest()));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}
