package kz.etalon.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.etalon.city.ValueKind;
import org.kie.api.KieBase;

/**
 * The compiled rules of a set of DRL folders: a KieBase (thread-safe, shared by every city and every
 * standard with the same rule content) and the scoring methods its rules declare.
 */
public final class RuleBook {

    private final KieBase kieBase;
    private final String contentHash;
    private final List<Path> files;
    private final Map<String, MethodSpec> methods;
    private final Origin origin;
    private final Set<String> aggregations;

    /** Where the compiled rules came from. */
    enum Origin {
        /** Compiled from DRL and run by the classic engine: no cache, or the executable model cannot build them. */
        CLASSIC,
        /** Compiled from DRL, then to the executable model, which was offered to the cache. */
        EXECUTABLE_BUILT,
        /** The executable model, loaded from the cache. */
        EXECUTABLE_FROM_CACHE
    }

    RuleBook(KieBase kieBase, String contentHash, List<Path> files, Map<String, MethodSpec> methods,
             Set<String> aggregations, Origin origin) {
        this.aggregations = Set.copyOf(aggregations);
        this.kieBase = kieBase;
        this.origin = origin;
        this.contentHash = contentHash;
        this.files = List.copyOf(files);
        this.methods = Map.copyOf(methods);
    }

    KieBase kieBase() {
        return kieBase;
    }

    Origin origin() {
        return origin;
    }

    public String contentHash() {
        return contentHash;
    }

    public List<Path> files() {
        return files;
    }

    public Map<String, MethodSpec> methods() {
        return methods;
    }

    public Optional<ValueKind> inputOf(String method) {
        return Optional.ofNullable(methods.get(method)).map(MethodSpec::input);
    }

    /** The aggregations the rules declare ({@code @aggregation}), which a node's {@code aggregation:} may name. */
    public Set<String> aggregations() {
        return aggregations;
    }

    /** Whether the rules of {@code method} give an indicator's points themselves. */
    public boolean givesPoints(String method) {
        return Optional.ofNullable(methods.get(method)).map(MethodSpec::givesPoints).orElse(false);
    }

    /** For each method, the indicator keys it needs (e.g. {@code target}). */
    public Map<String, Set<String>> requirements() {
        return methods.values().stream().collect(Collectors.toMap(MethodSpec::name, MethodSpec::requires));
    }
}
