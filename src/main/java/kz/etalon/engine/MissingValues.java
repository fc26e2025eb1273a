package kz.etalon.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The warnings of an evaluation, with the missing values of one indicator said once for all the cities
 * that miss it: an indicator new in a standard, which no city's data has yet, is one line, not one per city.
 */
final class MissingValues {

    /** Starts a city's warning that one of its indicators has no value (the rest of it says which and how it counts). */
    static final String MARK = "\u0000missing\u0000";
    /** Cities named in a warning before the rest are counted. */
    static final int NAMED = 5;

    private MissingValues() {
    }

    /**
     * @param byCity each city's warnings, in the order of the cities; those that start with {@link #MARK} are
     *               merged by what follows it
     */
    static List<String> merged(Map<String, List<String>> byCity) {
        Map<String, List<String>> missing = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        byCity.forEach((city, warnings) -> {
            for (String warning : warnings) {
                if (warning.startsWith(MARK)) {
                    missing.computeIfAbsent(warning.substring(MARK.length()), what -> new ArrayList<>()).add(city);
                } else {
                    others.add(warning);
                }
            }
        });
        List<String> merged = new ArrayList<>();
        missing.forEach((what, cities) -> merged.add(cities.size() == 1 ? cities.get(0) + ": " + what
                : what.replaceFirst(" has no value;", " has no value in " + cities(cities, byCity.size()) + ";")));
        merged.addAll(others);
        return merged;
    }

    static boolean isOne(String warning) {
        return warning.matches("(?s)(.*: )?\\S+ has no value( in [^;]+)?; .*");
    }

    private static String cities(List<String> cities, int all) {
        if (cities.size() == all) {
            return String.format(Locale.ROOT, "all %,d cities", all);
        }
        String named = String.join(", ", cities.subList(0, Math.min(NAMED, cities.size())));
        return String.format(Locale.ROOT, "%,d cities (%s%s)", cities.size(), named,
                cities.size() > NAMED ? String.format(Locale.ROOT, " and %,d more", cities.size() - NAMED) : "");
    }
}
