package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** An area's mean percent over {@code scored} indicators; null when no indicator could be counted. */
public record AreaScore(String areaId, String groupId, BigDecimal average, int scored, int missing) implements Derived {
}
