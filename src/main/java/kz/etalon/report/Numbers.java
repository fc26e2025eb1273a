package kz.etalon.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formats for output: locale-independent, rounded for display only. */
public final class Numbers {

    private Numbers() {
    }

    /** For display: {@code decimals} places, half-up, always with a point. */
    public static String fixed(BigDecimal value, int decimals) {
        return value == null ? "-" : value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** Whole numbers without a fraction, others as they are: 16, 2.5. */
    public static String plain(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** For JSON and CSV: the nearest double, which Jackson and Java print the same way everywhere. */
    public static Double full(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** A JSON number for a count of points: an integer when whole. */
    public static Number points(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= 0 ? (Number) stripped.longValueExact() : (Number) stripped.doubleValue();
    }
}
