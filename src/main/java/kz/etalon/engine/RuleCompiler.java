package kz.etalon.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.city.ValueKind;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;

/** Compiles DRL sources into a KieBase, turning compiler messages into {@code file:line} errors. */
final class RuleCompiler {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final String METHOD = "method";
    private static final String INPUT = "input";
    private static final String REQUIRES = "requires";
    private static final String GIVES = "gives";

    private RuleCompiler() {
    }

    /**
     * The rule book of {@code sources}: from {@code cache} when it holds them, else compiled (the DRL
     * checked by the classic compiler, so errors name file and line) and then stored in the cache as an
     * executable-model kjar, which is also what this run uses, so every run scores with the same engine.
     */
    static RuleBook compile(Path rulesRoot, Map<Path, String> sources, String hash, RuleCache cache) {
        Optional<String> key = cache.key(rulesRoot, sources);
        if (key.isPresent()) {
            Optional<byte[]> kjar = cache.read(key.get());
            if (kjar.isPresent()) {
                try {
                    return book(ExecutableRules.load(kjar.get()), hash, sources, rulesRoot, RuleBook.Origin.EXECUTABLE_FROM_CACHE);
                } catch (ExecutableRules.InvalidKjar e) {
                    cache.discard(key.get());   // damaged: compiled again below
                }
            }
        }
        sayCompiling();
        KieServices services = KieServices.Factory.get();
        KieFileSystem kfs = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("kz.etalon", "rules", "1.0.0-" + hash);
        kfs.generateAndWritePomXML(release);
        Map<String, Path> byResourcePath = new HashMap<>();
        Map<String, String> resources = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<Path, String> source : sources.entrySet()) {
            // A DRL placed in the folder of its package keeps Drools from warning about the mismatch.
            String packagePath = packageOf(source.getValue()).replace('.', '/');
            String resource = (packagePath.isEmpty() ? "" : packagePath + "/") + (n++) + "-" + source.getKey().getFileName();
            byResourcePath.put(resource, source.getKey());
            resources.put(resource, source.getValue());
            kfs.write(services.getResources()
                    .newByteArrayResource(source.getValue().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath("src/main/resources/" + resource)
                    .setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = services.newKieBuilder(kfs).buildAll();
        Problems problems = new Problems();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (message.getText() != null && message.getText().contains("Parser returned a null Package")) {
                continue;  // always follows a syntax error that is already reported
            }
            problems.error(where(message, byResourcePath, rulesRoot), "DRL: " + message.getText().strip().replaceAll("\\s+", " "));
        }
        problems.throwIfErrors();
        if (key.isPresent() && !cache.isClassicOnly(key.get())) {
            ReleaseId executable = services.newReleaseId("kz.etalon", "rules-executable", "1.0.0-" + hash);
            Optional<byte[]> kjar = ExecutableRules.build(executable, resources);
            if (kjar.isPresent()) {
                try {
                    RuleBook book = book(ExecutableRules.load(kjar.get()), hash, sources, rulesRoot, RuleBook.Origin.EXECUTABLE_BUILT);
                    cache.write(key.get(), kjar.get());
                    return book;
                } catch (ExecutableRules.InvalidKjar e) {
                    // fall through: the classic engine runs them
                }
            }
            cache.markClassicOnly(key.get());
        }
        return book(services.newKieContainer(release).getKieBase(), hash, sources, rulesRoot, RuleBook.Origin.CLASSIC);
    }

    /**
     * One line on stderr before the seconds a compile takes, so that a user does not think the run hung:
     * when the launcher says stderr is a terminal ({@code -Detalon.progress=on}), or, launched otherwise,
     * when the run has a console.
     */
    private static void sayCompiling() {
        String progress = System.getProperty("etalon.progress");
        if ("on".equals(progress) || progress == null && System.console() != null) {
            System.err.println("etalon: compiling the rules (once after they change; a few seconds)...");
        }
    }

    private static RuleBook book(KieBase kieBase, String hash, Map<Path, String> sources, Path rulesRoot, RuleBook.Origin origin) {
        Problems problems = new Problems();
        StepClaims claims = StepClaims.read(sources, problems);
        Map<String, MethodSpec> methods = methods(kieBase, rulesRoot, problems);
        problems.throwIfErrors();
        return new RuleBook(kieBase, hash, new ArrayList<>(sources.keySet()), methods, claims.aggregations(), origin);
    }

    private static String packageOf(String drl) {
        Matcher matcher = PACKAGE.matcher(drl);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static Location where(Message message, Map<String, Path> byResourcePath, Path rulesRoot) {
        String path = message.getPath() == null ? "" : message.getPath();
        Path file = byResourcePath.entrySet().stream()
                .filter(entry -> path.endsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(rulesRoot);
        return new Location(file, Math.max(0, message.getLine()), Math.max(0, message.getColumn()));
    }

    /** Reads each rule's {@code @method}, {@code @input} and {@code @requires} metadata. */
    private static Map<String, MethodSpec> methods(KieBase kieBase, Path rulesRoot, Problems problems) {
        Map<String, ValueKind> inputs = new TreeMap<>();
        Map<String, Set<String>> requires = new HashMap<>();
        Map<String, List<String>> rules = new HashMap<>();
        Set<String> givePoints = new java.util.HashSet<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                Optional<String> method = meta(rule, METHOD);
                if (method.isEmpty()) {
                    continue;
                }
                String input = meta(rule, INPUT).orElse("");
                Optional<ValueKind> kind = ValueKind.fromKey(input);
                if (kind.isEmpty()) {
                    problems.error(Location.of(rulesRoot), "rule \"" + rule.getName() + "\" declares @method(\""
                            + method.get() + "\") but its @input(\"" + input + "\") is not yes_no, percent or number");
                    continue;
                }
                ValueKind earlier = inputs.putIfAbsent(method.get(), kind.get());
                if (earlier != null && earlier != kind.get()) {
                    problems.error(Location.of(rulesRoot), "rules for method `" + method.get() + "` disagree on its input: "
                            + earlier.key() + " and " + kind.get().key() + " (rule \"" + rule.getName() + "\")");
                }
                Set<String> needed = requires.computeIfAbsent(method.get(), m -> new LinkedHashSet<>());
                meta(rule, REQUIRES).ifPresent(keys -> {
                    for (String key : keys.split(",")) {
                        needed.add(key.strip());
                    }
                });
                rules.computeIfAbsent(method.get(), m -> new ArrayList<>()).add(rule.getName());
                if (meta(rule, GIVES).filter("points"::equals).isPresent()) {
                    givePoints.add(method.get());
                }
            }
        }
        Map<String, MethodSpec> methods = new TreeMap<>();
        inputs.forEach((name, kind) -> methods.put(name,
                new MethodSpec(name, kind, Set.copyOf(requires.get(name)), rules.get(name).stream().sorted().toList(),
                        givePoints.contains(name))));
        return methods;
    }

    private static Optional<String> meta(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return Optional.of(text);
    }
}
