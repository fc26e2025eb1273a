package kz.etalon.engine.fact;

import java.math.RoundingMode;
import kz.etalon.standard.BandTable;

/** A band table: {@code ROUNDED} holds the value rounded to {@code decimals}; {@code EXACT} the value as it is. */
public record BandTableDef(String id, BandTable.Bounds bounds, RoundingMode rounding, int decimals) {
}
