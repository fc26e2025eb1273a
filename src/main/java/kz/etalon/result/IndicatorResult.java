package kz.etalon.result;

import java.math.BigDecimal;

/**
 * One indicator's outcome for a city: the value as typed (empty when missing), its percent (null when
 * a missing value is left out), and the rule that scored it; where it earns points (a band table of its
 * own, or a method that gives them), its points and the band's YAML line (0 when none), else null points.
 */
public record IndicatorResult(String id, String areaId, String value, BigDecimal percent, boolean missing,
                              String rule, Integer points, int bandLine) {

    public IndicatorResult(String id, String areaId, String value, BigDecimal percent, boolean missing, String rule) {
        this(id, areaId, value, percent, missing, rule, null, 0);
    }
}
