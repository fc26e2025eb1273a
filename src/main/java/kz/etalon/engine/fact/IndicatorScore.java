package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * An indicator's percent. {@code counted} says whether it enters its area's mean: a missing value
 * that the policy excludes is not counted and has no percent.
 */
public record IndicatorScore(String indicatorId, String areaId, BigDecimal percent, boolean missing, boolean counted)
        implements Derived {

    public static IndicatorScore of(IndicatorDef indicator, BigDecimal percent) {
        return new IndicatorScore(indicator.id(), indicator.areaId(), percent, false, true);
    }

    public static IndicatorScore missing(IndicatorDef indicator, BigDecimal percent) {
        return new IndicatorScore(indicator.id(), indicator.areaId(), percent, true, percent != null);
    }
}
