package kz.etalon.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean ...?" suggestions for a mistyped name. */
public final class Hints {

    private Hints() {
    }

    /** The known name closest to {@code typed}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        int limit = Math.max(1, typed.length() / 3);
        List<String> nearest = known.stream()
                .filter(candidate -> folded(typed, candidate) <= limit)
                .sorted(Comparator.<String>comparingInt(candidate -> folded(typed, candidate))
                        .thenComparingInt(candidate -> distance(typed, candidate)))
                .toList();
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        if (nearest.size() > 1 && folded(typed, nearest.get(0)) == folded(typed, nearest.get(1))
                && distance(typed, nearest.get(0)) == distance(typed, nearest.get(1))) {
            return Optional.empty();  // two equally likely names: a guess would mislead
        }
        return Optional.of(nearest.get(0));
    }

    /** {@code "; did you mean `x`?"} or an empty string. */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(name -> "; did you mean `" + name + "`?").orElse("");
    }

    private static int folded(String a, String b) {
        return distance(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
