package kz.etalon.standard;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Problems;

/**
 * Checks a standard against the scoring methods its rules declare: every {@code method:} must be
 * handled by a loaded rule (a typo is an error, not a silent zero) and given the keys it needs.
 */
public final class MethodCheck {

    private MethodCheck() {
    }

    /**
     * Every node's {@code aggregation:} must be one the loaded rules declare ({@code @aggregation}).
     */
    public static void checkAggregations(Standard standard, java.util.Set<String> aggregations, Problems problems) {
        Set<String> known = new TreeSet<>(aggregations);
        standard.method().nodes().filter(node -> !known.contains(node.aggregation())).forEach(node ->
                problems.error(node.at(), "aggregation `" + node.aggregation() + "` of node `" + node.id()
                        + "` is not declared by any rule (@aggregation) in " + folders(standard)
                        + Hints.didYouMean(node.aggregation(), known) + "; aggregations there: " + String.join(", ", known)));
    }

    /**
     * The standard with the maximum its rules derived ({@code derived}, empty without a total): a
     * maximum the file states must equal it.
     */
    public static Standard checkTotal(Standard standard, java.util.Optional<java.math.BigDecimal> derived, Problems problems) {
        java.util.Optional<Total> total = standard.method().total();
        if (total.isEmpty() || derived.isEmpty()) {
            return standard;
        }
        java.math.BigDecimal stated = total.get().statedMax();
        String shown = derived.get().stripTrailingZeros().toPlainString();
        if (stated != null && stated.compareTo(derived.get()) != 0) {
            problems.error(total.get().at(), "`max_score` is " + stated.toPlainString() + " but the "
                    + (standard.groups().isEmpty() ? "top nodes" : "groups") + " can earn at most " + shown
                    + " (each one's top band points x its factor, as the rules derive it); set `max_score: " + shown + "`");
            return standard;
        }
        return standard.withMaxScore(derived.get());
    }

    private static String folders(Standard standard) {
        return standard.rules().stream().map(folder -> "rules/" + folder.name()).reduce((a, b) -> a + ", " + b)
                .orElse("no rules");
    }

    /**
     * @param requirements for each method the loaded rules handle, the indicator keys it needs
     */
    public static void check(Standard standard, Map<String, Set<String>> requirements, Problems problems) {
        Set<String> known = new TreeSet<>(requirements.keySet());
        String folders = standard.rules().stream().map(folder -> "rules/" + folder.name())
                .reduce((a, b) -> a + ", " + b).orElse("no rules");
        standard.indicators().forEach(indicator -> {
            Set<String> needs = requirements.get(indicator.method());
            if (needs == null) {
                problems.error(indicator.at(), "method `" + indicator.method() + "` of " + indicator.id()
                        + " is not handled by any rule in " + folders + Hints.didYouMean(indicator.method(), known)
                        + "; methods there: " + String.join(", ", known));
                return;
            }
            for (String key : needs) {
                if (!indicator.keys().contains(key)) {
                    problems.error(indicator.at(), "method `" + indicator.method() + "` needs `" + key + ":` but "
                            + indicator.id() + " has none; add e.g. `" + key + ": 100`");
                }
            }
            if (indicator.target() != null && !needs.contains("target")) {
                problems.warning(indicator.at(), indicator.id() + " gives a `target`, which method `"
                        + indicator.method() + "` does not use");
            }
        });
    }
}
