package kz.etalon.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Predicate;

/**
 * Where a standard's rules change a group's points, found without knowing how they do it: halving an
 * interval whose one end keeps the points and whose other end does not, until it is narrower than
 * {@link #RESOLUTION}. {@code same} keeps the points, {@code other} does not; the edge lies between.
 */
record PointsEdge(BigDecimal same, BigDecimal other) {

    /** The interval's final width: the edge is named exactly when it has up to 11 decimals. */
    static final BigDecimal RESOLUTION = new BigDecimal("1e-12");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** Narrows [same, other] (in either order) to the edge; {@code keeps} says whether an average keeps the points. */
    static PointsEdge locate(Predicate<BigDecimal> keeps, BigDecimal same, BigDecimal other) {
        while (other.subtract(same).abs().compareTo(RESOLUTION) > 0) {
            BigDecimal middle = same.add(other).divide(TWO);
            if (keeps.test(middle)) {
                same = middle;
            } else {
                other = middle;
            }
        }
        return new PointsEdge(same, other);
    }

    /** The edge's name: the decimal with the fewest digits after the point in the final interval. */
    BigDecimal named() {
        BigDecimal low = same.min(other);
        BigDecimal high = same.max(other);
        for (int scale = 0; ; scale++) {
            BigDecimal candidate = low.setScale(scale, RoundingMode.CEILING);
            if (candidate.compareTo(high) <= 0) {
                return candidate;
            }
        }
    }
}
