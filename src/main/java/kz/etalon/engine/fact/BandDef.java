package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * A band of table {@code table}: values in [min, max] (a rounded table) or, in an exact one, from min
 * (just above it when {@code minIncluded} is false) up to max (excluded unless {@code maxIncluded}; max
 * null for no upper bound) earn {@code points}; {@code line} is its YAML line.
 */
public record BandDef(String table, BigDecimal min, BigDecimal max, int points, int line, boolean minIncluded,
                      boolean maxIncluded) {
}
