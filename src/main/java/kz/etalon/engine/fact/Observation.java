package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A city's value for an indicator, read as a number (yes/no as 1/0). Missing values have no fact. */
public record Observation(String indicatorId, BigDecimal value) {
}
