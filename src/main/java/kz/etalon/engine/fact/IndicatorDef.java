package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * An indicator of the standard with one city's value for it, as the rules see it: {@code value} is the
 * city's value read as a number (yes/no as 1/0), null when the city has none. {@code better} is
 * "higher" or "lower".
 */
public record IndicatorDef(String id, String areaId, String method, BigDecimal target, String better, BigDecimal value) {

    public IndicatorDef withValue(BigDecimal newValue) {
        return new IndicatorDef(id, areaId, method, target, better, newValue);
    }
}
