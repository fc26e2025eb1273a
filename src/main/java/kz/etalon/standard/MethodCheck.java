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
