package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** The most points a band table gives. */
public record TopPoints(String table, BigDecimal top) implements Derived {
}
