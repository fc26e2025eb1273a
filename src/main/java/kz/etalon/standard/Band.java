package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/**
 * Rounded group averages from {@code min} to {@code max}, both inclusive, earn {@code points}.
 * {@code number} is the band's place in the file, from 1, as error messages name it.
 */
public record Band(int number, BigDecimal min, BigDecimal max, int points, Location at) {

    public boolean holds(BigDecimal value) {
        return min.compareTo(value) <= 0 && value.compareTo(max) <= 0;
    }
}
