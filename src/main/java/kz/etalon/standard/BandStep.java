package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/**
 * One band of a table: from {@code from} to {@code to} (inclusive, on the rounding grid) or, in an exact
 * table, from {@code from} (or just above it, when {@code fromIncluded} is false: YAML {@code above:}) up to
 * {@code to} (excluded: {@code below:}, or included when {@code toIncluded}: {@code through:}; null for no
 * upper bound), {@code points}, a {@code label} per language and a colour.
 */
public record BandStep(BigDecimal from, BigDecimal to, int points, LocalizedText label, String colour, Location at,
                       boolean fromIncluded, boolean toIncluded) {

    /** A band of a rounded table, or an exact band [from, to). */
    public BandStep(BigDecimal from, BigDecimal to, int points, LocalizedText label, String colour, Location at) {
        this(from, to, points, label, colour, at, true, false);
    }
}
