package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.engine.RuleBook.Origin;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cache of compiled rules: a second run loads what the first compiled, an edited DRL is compiled
 * again, and a damaged, missing or unwritable cache never fails a run.
 */
class RuleCacheTest {

    private static final Standard KZ_2019 = StandardReader.readOrThrow(Path.of("standards", "kz-2019.yaml"));

    /** The shipped rules compiled once into a cache of their own; tests copy its kjar rather than compile again. */
    @TempDir
    static Path shared;
    private static RuleCache sharedCache;
    private static RuleBook builtOnce;
    private static RuleBook classicOnce;

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @TempDir
    Path temp;

    private Path rulesRoot;
    private RuleCache cache;

    @BeforeAll
    static void compileTheShippedRulesOnce() {
        sharedCache = RuleCache.at(shared);
        Path shipped = Path.of("rules").toAbsolutePath();
        Map<Path, String> sources = new RuleBooks(shipped, RuleCache.off()).sources(KZ_2019);
        builtOnce = RuleCompiler.compile(shipped, sources, "shared", sharedCache);
        classicOnce = RuleCompiler.compile(shipped, sources, "classic", RuleCache.off());
    }

    @BeforeEach
    void copyTheRules() throws IOException {
        rulesRoot = temp.resolve("rules");
        Files.createDirectories(rulesRoot.resolve("common"));
        try (Stream<Path> files = Files.list(Path.of("rules", "common"))) {
            for (Path file : files.toList()) {
                Files.copy(file, rulesRoot.resolve("common").resolve(file.getFileName()));
            }
        }
        cache = RuleCache.at(temp.resolve("cache"));
    }

    private RuleBook compile(RuleCache with) {
        Map<Path, String> sources = new RuleBooks(rulesRoot, with).sources(KZ_2019);
        return RuleCompiler.compile(rulesRoot.toAbsolutePath(), sources, "test", with);
    }

    /** Puts the kjar compiled once into this test's cache, as an earlier run would have left it. */
    private Path seedTheCache() throws IOException {
        Path kjar;
        try (Stream<Path> files = Files.list(shared)) {
            kjar = files.filter(file -> file.getFileName().toString().endsWith(".kjar")).findFirst().orElseThrow();
        }
        Files.createDirectories(temp.resolve("cache"));
        return Files.copy(kjar, temp.resolve("cache").resolve(kjar.getFileName()));
    }

    private long entries(String ending) throws IOException {
        Path dir = temp.resolve("cache");
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(ending)).count();
        }
    }

    @Test
    void theFirstRunCompilesAndStoresTheRules_andTheNextLoadsThem() throws IOException {
        seedTheCache();
        RuleBook loaded = compile(cache);

        assertThat(builtOnce.origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(loaded.origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);
        assertThat(RuleCompiler.compile(Path.of("rules").toAbsolutePath(), new RuleBooks(Path.of("rules"), RuleCache.off()).sources(KZ_2019),
                "shared", sharedCache).origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);
        assertThat(loaded.methods()).isEqualTo(builtOnce.methods()).isEqualTo(classicOnce.methods());
        assertThat(loaded.methods().get("target").requires()).containsExactly("target");
        assertThat(loaded.methods().keySet()).containsExactlyInAnyOrder("no_benchmark", "points", "share", "target", "yes_no");
        assertThat(evaluate(KZ_2019, loaded).cities()).isEqualTo(evaluate(KZ_2019, builtOnce).cities());
    }

    @Test
    void anEditedDrlIsCompiledAgain_neverServedFromTheCache() throws IOException {
        seedTheCache();
        Path indicators = rulesRoot.resolve("common/indicators.drl");
        Files.writeString(indicators, Files.readString(indicators).replace("rule \"percent: share\"", "rule \"percent: share, edited\""));

        RuleBook edited = compile(cache);

        assertThat(edited.origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(edited.methods().get("share").rules()).containsExactly("percent: share, edited");
        assertThat(evaluate(KZ_2019, edited).cities().get(0).indicators())
                .anySatisfy(indicator -> assertThat(indicator.rule()).isEqualTo("percent: share, edited"));
        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);
        assertThat(entries(".kjar")).isEqualTo(2);
    }

    @Test
    void theKeyCoversEachFilesPathAndContent_theDroolsVersionAndTheFactClasses() {
        Path root = Path.of("/project/rules");
        Map<Path, String> sources = Map.of(root.resolve("common/a.drl"), "rule");
        String key = RuleCacheKey.key(root, sources, "10.2.0", "facts");

        assertThat(RuleCacheKey.key(root, sources, "10.2.0", "facts")).isEqualTo(key);
        assertThat(RuleCacheKey.key(Path.of("/elsewhere/rules"), Map.of(Path.of("/elsewhere/rules/common/a.drl"), "rule"),
                "10.2.0", "facts")).as("the same rules in another project").isEqualTo(key);
        assertThat(RuleCacheKey.key(root, Map.of(root.resolve("common/a.drl"), "rule "), "10.2.0", "facts")).isNotEqualTo(key);
        assertThat(RuleCacheKey.key(root, Map.of(root.resolve("common/b.drl"), "rule"), "10.2.0", "facts")).isNotEqualTo(key);
        assertThat(RuleCacheKey.key(root, sources, "10.3.0", "facts")).isNotEqualTo(key);
        assertThat(RuleCacheKey.key(root, sources, "10.2.0", "other facts")).isNotEqualTo(key);
        assertThat(cache.key(rulesRoot, Map.of(rulesRoot.resolve("common/a.drl"), "rule"))).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "garbage", "truncated", "one byte changed", "a class missing"})
    void aDamagedKjarIsRefusedWhenLoaded_notHalfwayThroughScoring(String damage) throws IOException {
        byte[] damaged = damage(Files.readAllBytes(seedTheCache()), damage);

        assertThatThrownBy(() -> ExecutableRules.load(damaged)).isInstanceOf(ExecutableRules.InvalidKjar.class);
    }

    @Test
    void aDamagedCacheFileIsRebuilt() throws IOException {
        Path kjar = seedTheCache();
        Files.write(kjar, damage(Files.readAllBytes(kjar), "truncated"));

        RuleBook rebuilt = compile(cache);

        assertThat(rebuilt.origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(evaluate(KZ_2019, rebuilt).cities()).isEqualTo(evaluate(KZ_2019, classicOnce).cities());
        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);
    }

    private static byte[] damage(byte[] bytes, String how) throws IOException {
        return switch (how) {
            case "empty" -> new byte[0];
            case "garbage" -> "not a jar".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case "truncated" -> Arrays.copyOf(bytes, bytes.length / 2);
            case "one byte changed" -> {
                byte[] copy = bytes.clone();
                copy[bytes.length / 3] ^= 0x5A;
                yield copy;
            }
            case "a class missing" -> withoutOneRuleClass(bytes);
            default -> throw new IllegalArgumentException(how);
        };
    }

    /** The kjar rewritten without one of its generated classes: a whole zip, but not a whole kjar. */
    private static byte[] withoutOneRuleClass(byte[] kjar) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        boolean dropped = false;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(kjar));
             var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (!dropped && entry.getName().contains("/Lambda") && entry.getName().endsWith(".class")) {
                    dropped = true;
                    continue;
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        assertThat(dropped).isTrue();
        return out.toByteArray();
    }

    @Test
    void withTheCacheOff_theRulesAreCompiledEachTimeAndNothingIsWritten() throws IOException {
        RuleCache off = RuleCache.of("off", null, null, temp.toString());

        assertThat(off.enabled()).isFalse();
        assertThat(compile(off).origin()).isEqualTo(Origin.CLASSIC);
        assertThat(temp.resolve(".cache")).doesNotExist();
        assertThat(RuleCache.of(null, "OFF", null, temp.toString()).enabled()).isFalse();
    }

    @ParameterizedTest(name = "property {0}, environment {1}, XDG_CACHE_HOME {2}, home {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            "/p,     /e,  /xdg, /home, /p",
            "-,      /e,  /xdg, /home, /e",
            "' ',    /e,  /xdg, /home, /e",
            "-,      -,   /xdg, /home, /xdg/etalon",
            "-,      -,   xdg,  /home, /home/.cache/etalon",
            "-,      -,   -,    /home, /home/.cache/etalon",
            "off,    /e,  /xdg, /home, off",
            "-,      off, /xdg, /home, off",
            "-,      -,   -,    -,     off"})
    void theCacheFolderComesFromThePropertyTheEnvironmentOrTheXdgDefaults(String property, String environment,
                                                                        String xdg, String home, String expected) {
        RuleCache chosen = RuleCache.of(property, environment, xdg, home);

        assertThat(chosen.dir().map(Path::toString).orElse("off")).isEqualTo(expected);
    }

    @Test
    void aCacheFolderThatCannotBeWritten_leavesTheRunUncached() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "a file, not a folder");
        RuleCache unwritable = RuleCache.at(notAFolder.resolve("cache"));

        RuleBook uncached = compile(unwritable);

        assertThat(uncached.origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(Files.isDirectory(notAFolder.resolve("cache"))).isFalse();
        assertThat(notAFolder).hasContent("a file, not a folder");
        assertThat(evaluate(KZ_2019, uncached).cities()).isEqualTo(evaluate(KZ_2019, classicOnce).cities());
    }

    @Test
    void aCacheFileOthersMayWrite_isNotLoadedButReplaced() throws IOException {
        assumeTrue(POSIX, "a file system with POSIX permissions");
        Path kjar = seedTheCache();
        Files.setPosixFilePermissions(kjar, PosixFilePermissions.fromString("rw-rw-rw-"));

        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(Files.getPosixFilePermissions(kjar)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);
    }

    @Test
    void aCacheFolderOthersMayWrite_isNotUsed() throws IOException {
        assumeTrue(POSIX, "a file system with POSIX permissions");
        seedTheCache();
        Files.setPosixFilePermissions(temp.resolve("cache"), PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(compile(cache).origin()).isEqualTo(Origin.CLASSIC);
        assertThat(entries(".kjar")).isEqualTo(1);
    }

    @Test
    void aKjarThatIsALink_isNotFollowed_andTheRulesAreCompiledAgain() throws IOException {
        assumeTrue(POSIX, "a file system with POSIX permissions");
        Path kjar = seedTheCache();
        Path elsewhere = Files.move(kjar, temp.resolve("planted.kjar"));
        Files.createSymbolicLink(kjar, elsewhere);

        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
        assertThat(Files.isSymbolicLink(kjar)).isFalse();
    }

    @Test
    void aKjarOfAnotherUser_isNotLoaded() throws IOException {
        assumeTrue(POSIX && "root".equals(System.getProperty("user.name")), "run as root, who can give a file away");
        Path kjar = seedTheCache();
        Files.setOwner(kjar, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("65534"));

        assertThat(compile(cache).origin()).isEqualTo(Origin.EXECUTABLE_BUILT);
    }

    @Test
    void aCacheFolderOfAnotherUser_isNotUsed_andTheRunSaysSoOnce() throws IOException {
        assumeTrue(POSIX && "root".equals(System.getProperty("user.name")), "run as root, who can give a folder away");
        seedTheCache();
        Path dir = temp.resolve("cache");
        Files.setOwner(dir, FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByName("65534"));
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(compile(RuleCache.at(dir)).origin()).isEqualTo(Origin.CLASSIC);
            assertThat(compile(RuleCache.at(dir)).origin()).isEqualTo(Origin.CLASSIC);
        } finally {
            System.setErr(stderr);
        }

        assertThat(said.toString(java.nio.charset.StandardCharsets.UTF_8))
                .containsOnlyOnce("etalon: note: the rule cache " + dir.toAbsolutePath() + " is not used: it belongs to ");
    }

    @Test
    void aNewCacheFolderIsPrivate() throws IOException {
        assumeTrue(POSIX, "a file system with POSIX permissions");
        Path dir = temp.resolve("new/etalon");
        RuleCompiler.compile(rulesRoot.toAbsolutePath(), new RuleBooks(rulesRoot, RuleCache.off()).sources(KZ_2019), "test",
                RuleCache.at(dir));

        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void rulesTheExecutableModelCannotBuild_runWithTheClassicEngine_andAreNotTriedAgain() throws IOException {
        // A constraint on a collectList binding inside accumulate: the classic compiler takes it, the
        // executable model of Drools 10.2 does not.
        Path total = rulesRoot.resolve("common/total.drl");
        Files.writeString(total, Files.readString(total) + """

                rule "a constraint the executable model cannot build"
                when
                    TotalDef( $parts : parts )
                    accumulate( NodeWeighted( $weighted : weighted ); $all : collectList( $weighted ); $all.size() == $parts + 100 )
                then
                end
                """);

        RuleBook first = compile(cache);
        RuleBook second = compile(cache);

        assertThat(first.origin()).isEqualTo(Origin.CLASSIC);
        assertThat(second.origin()).isEqualTo(Origin.CLASSIC);
        assertThat(entries(".kjar")).isZero();
        assertThat(entries(".classic")).isEqualTo(1);
        assertThat(evaluate(KZ_2019, second).cities()).isEqualTo(evaluate(KZ_2019, classicOnce).cities());
    }

    /** Both engines, on every shipped standard and its data: the same results to the last digit and rule name. */
    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"kz-2018, kz-2018-cities.csv", "kz-2019, kz-2019-cities.csv", "kz-2026, kz-2019-cities.csv"})
    void theClassicEngineAndTheCachedExecutableModelScoreAlike(String id, String cities) {
        Standard standard = StandardReader.readOrThrow(Path.of("standards", id + ".yaml"));
        assertThat(standard.rules()).map(folder -> folder.name()).containsExactly("common");
        Path shipped = Path.of("rules").toAbsolutePath();
        RuleBook executable = RuleCompiler.compile(shipped, new RuleBooks(shipped, RuleCache.off()).sources(standard),
                "executable", sharedCache);
        assertThat(executable.origin()).isEqualTo(Origin.EXECUTABLE_FROM_CACHE);

        Evaluation byClassic = evaluate(standard, classicOnce, cities);
        Evaluation byExecutable = evaluate(standard, executable, cities);

        assertThat(byExecutable.cities()).isEqualTo(byClassic.cities()).hasSize(17);
        assertThat(byExecutable.warnings()).isEqualTo(byClassic.warnings());
    }

    private static Evaluation evaluate(Standard standard, RuleBook rules) {
        return evaluate(standard, rules, standard.id() + "-cities.csv");
    }

    private static Evaluation evaluate(Standard standard, RuleBook rules, String cities) {
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(CityCsvReader.read(Path.of("data", cities), problems).orElseThrow(),
                standard, rules::inputOf, problems);
        problems.throwIfErrors();
        return new Evaluator(standard, rules).evaluate(data);
    }
}
