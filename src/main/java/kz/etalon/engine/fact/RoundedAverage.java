package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A group's average after the standard's rounding, as banding sees it. */
public record RoundedAverage(String groupId, BigDecimal value) implements Derived {
}
