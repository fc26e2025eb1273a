package kz.etalon.city;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/** A city's value for one indicator: as typed, as a number (null when missing), and where it is. */
public record CityValue(String indicator, String text, BigDecimal number, Location at) {

    public boolean isMissing() {
        return number == null;
    }
}
