package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** Stage 5: a value to place in band table {@code table}: an indicator's percent or a node's value. */
public record ToBand(Subject kind, String subject, String table, BigDecimal value) implements Derived {
}
