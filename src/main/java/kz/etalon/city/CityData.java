package kz.etalon.city;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The cities of one data file, in the order they first appear, checked against a standard. */
public record CityData(Path file, List<City> cities) {

    public CityData {
        cities = List.copyOf(cities);
    }

    public Optional<City> city(String name) {
        return cities.stream().filter(city -> city.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
