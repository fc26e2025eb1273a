package kz.etalon.result;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.standard.Standard;

/**
 * The ranked results of every city in a data file under one standard, with the warnings the run raised,
 * and each city's name in other languages where the data gives one (by city, then language code).
 */
public record Evaluation(Standard standard, Path citiesFile, List<CityResult> cities, List<String> warnings,
                         Map<String, Map<String, String>> names) {

    public Evaluation {
        cities = List.copyOf(cities);
        warnings = List.copyOf(warnings);
        names = Map.copyOf(names);
    }

    public Evaluation(Standard standard, Path citiesFile, List<CityResult> cities, List<String> warnings) {
        this(standard, citiesFile, cities, warnings, Map.of());
    }

    public Optional<CityResult> city(String name) {
        return cities.stream().filter(city -> city.city().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The city's name as a reader of {@code language} knows it: the data's name in that language, else its id. */
    public String shownName(String city, String language) {
        return names.getOrDefault(city, Map.of()).getOrDefault(language, city);
    }
}
