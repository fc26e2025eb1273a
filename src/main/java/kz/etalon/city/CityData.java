package kz.etalon.city;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cities of one data file, in the order they first appear, checked against a standard; with each
 * city's name in other languages where the file gives one (by city, then language code).
 */
public record CityData(Path file, List<City> cities, Map<String, Map<String, String>> names) {

    public CityData {
        cities = List.copyOf(cities);
        names = Map.copyOf(names);
    }

    public CityData(Path file, List<City> cities) {
        this(file, cities, Map.of());
    }

    public Optional<City> city(String name) {
        return cities.stream().filter(city -> city.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
