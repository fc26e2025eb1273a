package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** The factor-weighted mean of the group averages, unrounded: a finer figure used to break ties. */
public record CityIndex(BigDecimal index) implements Derived {
}
