package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** Stage 7: the sum of weighted points, the maximum, and the score (that sum over the maximum, scaled). */
public record CityTotal(BigDecimal points, BigDecimal max, BigDecimal score) implements Derived {
}
