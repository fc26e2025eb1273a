package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.Set;
import kz.etalon.problem.Location;

/**
 * One indicator of a standard. {@code method} names the scoring method that a loaded DRL rule handles;
 * {@code target} and {@code better} are that method's parameters where it takes them; {@code keys}
 * are the keys the YAML gave, which a method's rules may require. {@code unit} and {@code source} are
 * {@link LocalizedText#NONE} when the YAML gives none.
 */
public record Indicator(
        String id,
        String areaId,
        String method,
        LocalizedText name,
        BigDecimal target,
        Direction better,
        LocalizedText unit,
        String provenance,
        LocalizedText source,
        Set<String> keys,
        Location at) {

    public Indicator {
        keys = Set.copyOf(keys);
    }

    /** Which way a value improves, for methods that compare a value with a target. */
    public enum Direction {
        HIGHER, LOWER;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
