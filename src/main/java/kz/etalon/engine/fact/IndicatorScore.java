package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * Stage 1: an indicator's percent. {@code counted} says whether it enters the nodes that hold it: a
 * missing value that the policy excludes is not counted and has no percent.
 */
public record IndicatorScore(String indicatorId, String areaId, BigDecimal percent, boolean missing, boolean counted,
                             List<String> leaves) implements Derived {

    public static IndicatorScore of(IndicatorDef indicator, BigDecimal percent) {
        return new IndicatorScore(indicator.id(), indicator.areaId(), percent, false, true, indicator.leaves());
    }

    /** A value that is reported and shown but enters no node: the framework gives it no benchmark to score against. */
    public static IndicatorScore notScored(IndicatorDef indicator) {
        return new IndicatorScore(indicator.id(), indicator.areaId(), null, false, false, indicator.leaves());
    }

    public static IndicatorScore missing(IndicatorDef indicator, BigDecimal percent) {
        return new IndicatorScore(indicator.id(), indicator.areaId(), percent, true, percent != null, indicator.leaves());
    }
}
