package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Decimal arithmetic for the rules. Sums and products are exact; a quotient keeps 50 significant
 * digits, and rounding first settles a value to 30 decimals, so that a mean whose exact value is a
 * half-point (59.95) is rounded as the half-point it is, never as 59.9499... .
 */
public final class Exact {

    private static final MathContext DIVISION = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final int SETTLED_DECIMALS = 30;

    private Exact() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    public static BigDecimal sum(Collection<?> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Object value : values) {
            sum = sum.add((BigDecimal) value);
        }
        return sum;
    }

    public static BigDecimal mean(Collection<?> values) {
        return divide(sum(values), BigDecimal.valueOf(values.size()));
    }

    public static BigDecimal atMost(BigDecimal limit, BigDecimal value) {
        return value.compareTo(limit) > 0 ? limit : value;
    }

    public static BigDecimal round(BigDecimal value, RoundingMode mode, int decimals) {
        return value.setScale(SETTLED_DECIMALS, RoundingMode.HALF_EVEN).setScale(decimals, mode);
    }

    /**
     * The value as rounding sees it: settled to 30 decimals when it has more (a quotient's last digits
     * depend on the path that reached it), so that two paths to one exact value give equal results.
     * Null stays null; a value with 30 decimals or fewer is returned as it is.
     */
    public static BigDecimal settled(BigDecimal value) {
        if (value == null || value.scale() <= SETTLED_DECIMALS) {
            return value;
        }
        BigDecimal settled = value.setScale(SETTLED_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return settled.scale() < 0 ? settled.setScale(0) : settled;
    }
}
