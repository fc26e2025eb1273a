package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/** Rounded group averages from {@code min} to {@code max}, both inclusive, earn {@code points}. */
public record Band(BigDecimal min, BigDecimal max, int points, Location at) {

    public boolean holds(BigDecimal value) {
        return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
    }
}
