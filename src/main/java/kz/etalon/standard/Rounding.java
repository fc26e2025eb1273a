package kz.etalon.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How group averages are rounded before banding. */
public record Rounding(RoundingMode mode, int decimals) {

    public BigDecimal apply(BigDecimal value) {
        return value.setScale(decimals, mode);
    }

    /** The smallest step between two rounded values, e.g. 1 for {@code decimals: 0}. */
    public BigDecimal step() {
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    public String modeKey() {
        return mode.name().toLowerCase(java.util.Locale.ROOT);
    }
}
