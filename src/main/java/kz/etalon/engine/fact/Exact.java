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
    private static final int LONG_DIGITS = 18;

    private Exact() {
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal quotient = shortQuotient(dividend, divisor);
        return quotient != null ? quotient : dividend.divide(divisor, DIVISION);
    }

    /**
     * The quotient on longs when it terminates within them (a percent of a target of 50, a total over 25):
     * the same value and scale that the 50-digit division gives, since that keeps an exact quotient as it
     * is, at the least scale no lower than the dividend's scale less the divisor's. Null when either
     * unscaled value has more than 18 digits, or the quotient does not end within 18 more decimals; the
     * 50-digit division then decides, digit by digit (a fifth of all scoring time when it did every one).
     */
    static BigDecimal shortQuotient(BigDecimal dividend, BigDecimal divisor) {
        if (dividend.precision() > LONG_DIGITS || divisor.precision() > LONG_DIGITS || divisor.signum() == 0) {
            return null;
        }
        long scale = (long) dividend.scale() - divisor.scale();
        long unscaled = dividend.unscaledValue().longValue();
        long by = divisor.unscaledValue().longValue();
        long odd = Math.abs(by) >> Long.numberOfTrailingZeros(by);
        while (odd % 5 == 0) {
            odd /= 5;
        }
        if (unscaled % odd != 0) {
            return null;   // a prime other than 2 and 5 is left in the divisor: the quotient never ends
        }
        for (int extra = 0; extra <= LONG_DIGITS; extra++) {
            if (unscaled % by == 0) {
                long resultScale = scale + extra;
                return resultScale == (int) resultScale ? BigDecimal.valueOf(unscaled / by, (int) resultScale) : null;
            }
            if (Math.abs(unscaled) > Long.MAX_VALUE / 10) {
                return null;
            }
            unscaled *= 10;
        }
        return null;
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
