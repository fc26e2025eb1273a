package kz.etalon.result;

import java.math.BigDecimal;

/**
 * One indicator's outcome for a city: the value as typed (empty when missing), its percent (null when
 * a missing value is left out), and the rule that scored it.
 */
public record IndicatorResult(String id, String areaId, String value, BigDecimal percent, boolean missing,
                              String rule) {
}
