package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The standard's scoring policy. {@code missing} is "zero", "exclude" or "error". */
public record Policy(BigDecimal scale, RoundingMode rounding, int decimals, String missing, BigDecimal maxScore,
                     int groupCount) {
}
