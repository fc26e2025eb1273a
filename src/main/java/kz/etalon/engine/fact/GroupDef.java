package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A group of areas, its correction factor's value, and how many areas it averages. */
public record GroupDef(String id, BigDecimal factor, int areaCount) {
}
