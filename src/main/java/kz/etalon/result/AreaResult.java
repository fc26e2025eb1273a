package kz.etalon.result;

import java.math.BigDecimal;

/** An area's mean percent over its scored indicators; null when none could be scored. */
public record AreaResult(String id, String groupId, BigDecimal average, int scored, int missing, String rule) {
}
