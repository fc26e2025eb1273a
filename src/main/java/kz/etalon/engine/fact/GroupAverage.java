package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A group's mean of its scored areas' averages (S_g), unrounded, with the group's factor. */
public record GroupAverage(String groupId, BigDecimal average, BigDecimal factor, int areas) implements Derived {
}
