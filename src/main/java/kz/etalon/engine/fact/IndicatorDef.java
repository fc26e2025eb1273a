package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** An indicator of the standard, as the rules see it. {@code better} is "higher" or "lower". */
public record IndicatorDef(String id, String areaId, String method, BigDecimal target, String better) {
}
