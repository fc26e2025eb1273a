package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A group of areas and its correction factor's value. */
public record GroupDef(String id, BigDecimal factor) {
}
