package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** The sum of weighted group points, and that sum over the maximum score. */
public record CityTotal(BigDecimal points, BigDecimal score) implements Derived {
}
