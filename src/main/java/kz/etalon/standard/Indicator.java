package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/**
 * One indicator of a standard. {@code method} names the scoring method that a loaded DRL rule handles;
 * {@code target} and {@code better} are that method's parameters where it takes them.
 */
public record Indicator(
        String id,
        String areaId,
        String method,
        LocalizedText name,
        BigDecimal target,
        Direction better,
        String unit,
        String provenance,
        String source,
        Location at) {

    /** Which way a value improves, for methods that compare a value with a target. */
    public enum Direction {
        HIGHER, LOWER;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
