package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/**
 * One band of a table: from {@code from} to {@code to} (inclusive, on the rounding grid) or below
 * {@code to} (exact; null for no upper bound), {@code points}, a {@code label} per language and a colour.
 */
public record BandStep(BigDecimal from, BigDecimal to, int points, LocalizedText label, String colour, Location at) {
}
