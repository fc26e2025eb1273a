package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A band of the standard: rounded averages in [min, max] earn {@code points}; {@code line} is its YAML line. */
public record BandDef(BigDecimal min, BigDecimal max, int points, int line) {
}
