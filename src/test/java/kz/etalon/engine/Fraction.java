package kz.etalon.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** An exact rational number, for the reference scorer: no rounding anywhere, ever. */
public record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    public Fraction {
        if (den.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger gcd = num.gcd(den);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            num = num.divide(gcd);
            den = den.divide(gcd);
        }
    }

    public static Fraction of(BigDecimal value) {
        return value.scale() >= 0
                ? new Fraction(value.unscaledValue(), BigInteger.TEN.pow(value.scale()))
                : new Fraction(value.unscaledValue().multiply(BigInteger.TEN.pow(-value.scale())), BigInteger.ONE);
    }

    public static Fraction of(long value) {
        return new Fraction(BigInteger.valueOf(value), BigInteger.ONE);
    }

    public Fraction plus(Fraction other) {
        return new Fraction(num.multiply(other.den).add(other.num.multiply(den)), den.multiply(other.den));
    }

    public Fraction minus(Fraction other) {
        return plus(new Fraction(other.num.negate(), other.den));
    }

    public Fraction times(Fraction other) {
        return new Fraction(num.multiply(other.num), den.multiply(other.den));
    }

    public Fraction over(Fraction other) {
        return new Fraction(num.multiply(other.den), den.multiply(other.num));
    }

    public Fraction abs() {
        return new Fraction(num.abs(), den);
    }

    public static Fraction min(Fraction a, Fraction b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Rounds a value of 0 or more to {@code decimals} places as {@code mode} says, exactly. */
    public BigDecimal round(int decimals, RoundingMode mode) {
        if (num.signum() < 0) {
            throw new IllegalArgumentException("the reference rounds only values of 0 or more: " + this);
        }
        BigInteger scaled = num.multiply(BigInteger.TEN.pow(decimals));
        BigInteger[] qr = scaled.divideAndRemainder(den);
        BigInteger down = qr[0];
        int half = qr[1].shiftLeft(1).compareTo(den);  // remainder against half a step
        boolean exact = qr[1].signum() == 0;
        boolean up = switch (mode) {
            case UP, CEILING -> !exact;
            case DOWN, FLOOR -> false;
            case HALF_UP -> !exact && half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && !exact && down.testBit(0));
            case UNNECESSARY -> throw new IllegalArgumentException("unnecessary");
        };
        return new BigDecimal(up ? down.add(BigInteger.ONE) : down, decimals);
    }

    public double toDouble() {
        return new BigDecimal(num).divide(new BigDecimal(den), new java.math.MathContext(40)).doubleValue();
    }

    @Override
    public int compareTo(Fraction other) {
        return num.multiply(other.den).compareTo(other.num.multiply(den));
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den + " (~" + toDouble() + ")";
    }
}
