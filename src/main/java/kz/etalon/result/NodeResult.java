package kz.etalon.result;

import java.math.BigDecimal;

/**
 * A node's outcome for a city, in any classification: its value (null when not {@code scored}), the pooled
 * {@code amount} of what is under it over the {@code possible} (9 of 16 points), how many
 * items counted and how many indicators under it were missing; where it is banded, the rounded value
 * (null for an exact table), the points and the band's YAML line; where it makes the total, its factor
 * and weighted points. Each step names the rule that took it; {@code reckoning} says how the value was made
 * (null when the rules did not say, or for a run that records no detail).
 */
public record NodeResult(
        String key,
        String id,
        String classification,
        String level,
        BigDecimal value,
        BigDecimal amount,
        BigDecimal possible,
        boolean scored,
        int counted,
        int missing,
        BigDecimal rounded,
        Integer points,
        int bandLine,
        BigDecimal factor,
        BigDecimal weighted,
        Rules rules,
        Reckoning reckoning) {

    /** A node's outcome without the reckoning of its value. */
    public NodeResult(String key, String id, String classification, String level, BigDecimal value, BigDecimal amount,
                      BigDecimal possible, boolean scored, int counted, int missing, BigDecimal rounded, Integer points,
                      int bandLine, BigDecimal factor, BigDecimal weighted, Rules rules) {
        this(key, id, classification, level, value, amount, possible, scored, counted, missing, rounded, points, bandLine,
                factor, weighted, rules, null);
    }

    /** The rules that made its value, rounded it, banded it and weighed it (null where there was no such step). */
    public record Rules(String value, String rounding, String band, String factor) {
    }
}
