package kz.etalon.city;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One city's values, by indicator id; an indicator with no row or an empty cell has no number. */
public record City(String name, Map<String, CityValue> values) {

    public City {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<CityValue> value(String indicatorId) {
        return Optional.ofNullable(values.get(indicatorId));
    }
}
