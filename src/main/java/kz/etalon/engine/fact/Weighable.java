package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A value with a weight, as the accumulate function {@code weightedMean} reads it; a null value is left out. */
public interface Weighable {

    BigDecimal weighedValue();

    BigDecimal weight();
}
