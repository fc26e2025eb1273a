package kz.etalon.engine.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExactTest {

    private static final MathContext FIFTY_DIGITS = new MathContext(50, RoundingMode.HALF_EVEN);

    @Test
    void quotientOnLongsHasTheValueAndScaleOfTheFiftyDigitDivision() {
        SplittableRandom random = new SplittableRandom(13);
        long[] divisors = {1, 2, 3, 4, 5, 7, 8, 10, 12, 15, 16, 20, 25, 30, 40, 50, 64, 100, 125, 200, 625, 1024, 3125, 1_000_000};
        int shortOnes = 0;
        for (int i = 0; i < 200_000; i++) {
            BigDecimal dividend = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L) / (1 + random.nextInt(1000)),
                    random.nextInt(-3, 12));
            BigDecimal divisor = BigDecimal.valueOf(divisors[random.nextInt(divisors.length)] * (random.nextBoolean() ? 1 : -1),
                    random.nextInt(-3, 8));
            BigDecimal expected = dividend.divide(divisor, FIFTY_DIGITS);
            BigDecimal actual = Exact.divide(dividend, divisor);
            assertEquals(expected, actual, dividend + " / " + divisor);   // BigDecimal.equals compares the scale too
            assertEquals(expected.scale(), actual.scale(), dividend + " / " + divisor);
            if (Exact.shortQuotient(dividend, divisor) != null) {
                shortOnes++;
            }
        }
        assertTrue(shortOnes > 100_000, "most of these quotients end, and are taken on longs: " + shortOnes);
    }

    @Test
    void percentOfATargetIsTakenOnLongsAndAThirdIsNot() {
        BigDecimal percent = Exact.shortQuotient(new BigDecimal("100").multiply(new BigDecimal("57.3")), new BigDecimal("50"));
        assertNotNull(percent);
        assertEquals(new BigDecimal("114.6"), percent);
        assertNull(Exact.shortQuotient(BigDecimal.ONE, BigDecimal.valueOf(3)));
        assertEquals(new BigDecimal("0.33333333333333333333333333333333333333333333333333"),
                Exact.divide(BigDecimal.ONE, BigDecimal.valueOf(3)));
    }

    @Test
    void zeroOverAnythingKeepsTheScaleTheFiftyDigitDivisionGives() {
        BigDecimal zero = new BigDecimal("0.00");
        BigDecimal divisor = new BigDecimal("2.5");
        assertEquals(zero.divide(divisor, FIFTY_DIGITS), Exact.divide(zero, divisor));
        assertEquals(1, Exact.divide(zero, divisor).scale());
    }

    @Test
    void longValuesAndLongQuotientsGoToTheFiftyDigitDivision() {
        BigDecimal big = new BigDecimal(BigInteger.TEN.pow(30).add(BigInteger.ONE));
        assertNull(Exact.shortQuotient(big, BigDecimal.valueOf(4)));
        assertEquals(big.divide(BigDecimal.valueOf(4), FIFTY_DIGITS), Exact.divide(big, BigDecimal.valueOf(4)));
        BigDecimal tiny = BigDecimal.ONE;
        BigDecimal twoToThe40 = new BigDecimal(BigInteger.TWO.pow(40));
        assertNull(Exact.shortQuotient(tiny, twoToThe40), "1 / 2^40 needs 40 decimals, more than a long holds");
        assertEquals(tiny.divide(twoToThe40, FIFTY_DIGITS), Exact.divide(tiny, twoToThe40));
    }
}
