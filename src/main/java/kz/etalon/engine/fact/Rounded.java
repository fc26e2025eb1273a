package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A value to band, rounded on its table's grid. */
public record Rounded(Subject kind, String subject, BigDecimal value) implements Derived {
}
