package kz.etalon.city;

import kz.etalon.problem.Location;

/** One cell of city data as typed: a city's value for an indicator, not yet interpreted. */
public record RawValue(String city, String indicator, String text, Location at) {

    public boolean isBlank() {
        return text.isBlank();
    }
}
