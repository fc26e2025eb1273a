package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * A band of table {@code table}: values in [min, max] (a rounded table) or in [min, max) (an exact one;
 * max null for no upper bound) earn {@code points}; {@code line} is its YAML line.
 */
public record BandDef(String table, BigDecimal min, BigDecimal max, int points, int line) {
}
