package kz.etalon.result;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.standard.Standard;

/** The ranked results of every city in a data file under one standard, with the warnings the run raised. */
public record Evaluation(Standard standard, Path citiesFile, List<CityResult> cities, List<String> warnings) {

    public Evaluation {
        cities = List.copyOf(cities);
        warnings = List.copyOf(warnings);
    }

    public Optional<CityResult> city(String name) {
        return cities.stream().filter(city -> city.city().equalsIgnoreCase(name.strip())).findFirst();
    }
}
