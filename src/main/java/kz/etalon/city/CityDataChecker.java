package kz.etalon.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.PlainText;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.MissingPolicy;
import kz.etalon.standard.Standard;

/**
 * Checks city data against a standard: known indicators, one row per city and indicator, readable
 * values of the kind each indicator's method takes, city names that are not typos of one another.
 */
public final class CityDataChecker {

    /** The longest city name is some 30 characters; a spreadsheet cell holds at most 32,767. */
    static final int MAX_NAME_LENGTH = 200;

    private final Standard standard;
    private final Function<String, Optional<ValueKind>> kindOfMethod;
    private final Problems problems;

    private CityDataChecker(Standard standard, Function<String, Optional<ValueKind>> kindOfMethod, Problems problems) {
        this.standard = standard;
        this.kindOfMethod = kindOfMethod;
        this.problems = problems;
    }

    /**
     * @param kindOfMethod the kind of value each scoring method reads, as the loaded rules declare it
     */
    public static CityData check(CityFile file, Standard standard, Function<String, Optional<ValueKind>> kindOfMethod,
                                 Problems problems) {
        return new CityDataChecker(standard, kindOfMethod, problems).check(file);
    }

    private CityData check(CityFile file) {
        Map<String, Indicator> indicators = standard.indicators()
                .collect(Collectors.toMap(Indicator::id, indicator -> indicator, (a, b) -> a, LinkedHashMap::new));
        Map<String, Map<String, CityValue>> byCity = new LinkedHashMap<>();
        Map<String, Location> firstRow = new HashMap<>();
        Map<String, List<Location>> unknown = new LinkedHashMap<>();
        Set<String> badNames = new HashSet<>();
        for (RawValue raw : file.values()) {
            if (raw.city().isEmpty()) {
                problems.error(raw.at(), "no city name; every row starts with the city");
                continue;
            }
            if (!plainName(raw, badNames)) {
                continue;
            }
            Indicator indicator = indicators.get(raw.indicator());
            if (indicator == null) {
                unknown.computeIfAbsent(raw.indicator(), id -> new ArrayList<>())
                        .add(file.columns().getOrDefault(raw.indicator(), raw.at()));
                continue;
            }
            Map<String, CityValue> values = byCity.computeIfAbsent(raw.city(), name -> new LinkedHashMap<>());
            firstRow.putIfAbsent(raw.city(), raw.at());
            CityValue earlier = values.get(indicator.id());
            if (earlier != null) {
                problems.error(raw.at(), "a second value for " + raw.city() + ", " + indicator.id()
                        + " (first at line " + earlier.at().line() + "); keep one row per city and indicator");
                continue;
            }
            values.put(indicator.id(), value(raw, indicator));
        }
        unknown.forEach((id, places) -> {
            List<Location> distinct = places.stream().distinct().toList();
            problems.error(distinct.get(0), "indicator `" + id + "` is not in " + standard.id()
                    + Hints.didYouMean(id, indicators.keySet()) + (distinct.size() > 1
                    ? " (" + (distinct.size() - 1) + " more row(s) name it, up to line " + distinct.get(distinct.size() - 1).line() + ")"
                    : ""));
        });
        nearDuplicateNames(byCity, firstRow);
        List<City> cities = new ArrayList<>();
        byCity.forEach((name, values) -> {
            for (Indicator indicator : indicators.values()) {
                values.computeIfAbsent(indicator.id(), id -> new CityValue(id, "", null, Location.of(file.file())));
            }
            refuseMissingIfPolicySaysSo(name, values);
            cities.add(new City(name, values));
        });
        if (cities.isEmpty() && !problems.hasErrors()) {
            problems.error(Location.of(file.file()), "no city data: the file has a header but no rows");
        }
        return new CityData(file.file(), cities, file.names());
    }

    /**
     * Whether the city's name is one Etalon can show and write: at most {@link #MAX_NAME_LENGTH}
     * characters and no control or escape character; a name that is not is reported once, where it is
     * first found.
     */
    private boolean plainName(RawValue raw, Set<String> badNames) {
        String name = raw.city();
        int control = PlainText.firstControl(name);
        int lineBreak = firstBreak(name);
        if (name.length() <= MAX_NAME_LENGTH && control < 0 && lineBreak < 0) {
            return true;
        }
        if (badNames.add(name)) {
            problems.error(raw.at(), name.length() > MAX_NAME_LENGTH
                    ? "a city name of " + name.length() + " characters; a name is at most " + MAX_NAME_LENGTH
                      + " (is this cell the name?)"
                    : control >= 0
                    ? "city name `" + name.substring(0, control) + "…` holds the control character "
                      + PlainText.codePoint(name, control) + "; names are plain text: delete it"
                    : "city name `" + name.substring(0, lineBreak) + "…` holds a line break or a tab ("
                      + PlainText.codePoint(name, lineBreak) + "); a city's name is one line: delete it");
        }
        return false;
    }

    /** The first line break, tab or line or paragraph separator in a name (text may hold them, a name may not), or -1. */
    private static int firstBreak(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    private CityValue value(RawValue raw, Indicator indicator) {
        if (raw.isBlank()) {
            return new CityValue(indicator.id(), "", null, raw.at());
        }
        Optional<ValueKind> kind = kindOfMethod.apply(indicator.method());
        if (kind.isEmpty()) {
            return new CityValue(indicator.id(), raw.text().strip(), null, raw.at());
        }
        ValueKind.Parsed parsed = kind.get().parse(raw.text(), standard.scoring().scale());
        if (!parsed.isOk()) {
            problems.error(raw.at(), raw.city() + ", " + indicator.id() + " (" + indicator.method() + "): " + parsed.problem());
            return new CityValue(indicator.id(), raw.text().strip(), null, raw.at());
        }
        Optional<String> outOfRange = InputRange.problem(standard.method().spec(indicator.id()), parsed.number());
        if (outOfRange.isPresent()) {
            problems.error(raw.at(), raw.city() + ", " + indicator.id() + ": " + outOfRange.get());
            return new CityValue(indicator.id(), raw.text().strip(), null, raw.at());
        }
        return new CityValue(indicator.id(), raw.text().strip(), parsed.number(), raw.at());
    }

    private void refuseMissingIfPolicySaysSo(String city, Map<String, CityValue> values) {
        if (standard.scoring().missing() != MissingPolicy.ERROR) {
            return;
        }
        values.values().stream().filter(value -> value.isMissing() && value.text().isEmpty()).forEach(value ->
                problems.error(value.at(), city + " has no value for " + value.indicator() + ", and " + standard.id()
                        + " says `missing: error`; fill it in"));
    }

    /**
     * A city with few rows whose name is one letter away from a city with many is almost surely a typo.
     * Only names that could match are compared: the same name in another letter case, or a name with at
     * least twice the rows whose length is within the edit distance a typo allows; of the names that
     * match, the first in the file is named. (Comparing every pair took 100 s for 20,000 cities.)
     */
    private void nearDuplicateNames(Map<String, Map<String, CityValue>> byCity, Map<String, Location> firstRow) {
        List<String> names = new ArrayList<>(byCity.keySet());
        Map<String, Integer> order = new HashMap<>();
        Map<String, List<String>> byFoldedName = new HashMap<>();
        Map<Integer, List<String>> byLength = new HashMap<>();
        for (String name : names) {
            order.put(name, order.size());
            byFoldedName.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(name);
            byLength.computeIfAbsent(name.length(), k -> new ArrayList<>()).add(name);
        }
        byLength.values().forEach(bucket -> bucket.sort(java.util.Comparator
                .comparingInt((String name) -> -byCity.get(name).size()).thenComparing(order::get)));
        for (String small : names) {
            int smallRows = byCity.get(small).size();
            String caseTwin = byFoldedName.get(small.toLowerCase(java.util.Locale.ROOT)).stream()
                    .filter(large -> !small.equals(large) && small.equalsIgnoreCase(large) && small.compareTo(large) > 0)
                    .findFirst().orElse(null);
            String typoOf = null;
            int limit = Math.max(1, small.length() / 3);
            for (int length = small.length() - limit; length <= small.length() + limit; length++) {
                for (String large : byLength.getOrDefault(length, List.of())) {
                    if (smallRows * 2 > byCity.get(large).size()) {
                        break;   // the rest of the bucket has fewer rows still
                    }
                    if ((typoOf == null || order.get(large) < order.get(typoOf)) && !small.equals(large)
                            && Hints.closest(small, List.of(large)).isPresent()) {
                        typoOf = large;
                    }
                }
            }
            if (caseTwin != null && (typoOf == null || order.get(caseTwin) <= order.get(typoOf))) {
                problems.error(firstRow.get(small), "city `" + small + "` differs from `" + caseTwin
                        + "` only in letter case; write the name one way");
            } else if (typoOf != null) {
                problems.error(firstRow.get(small), "city `" + small + "` has " + smallRows
                        + " row(s) and looks like a typo of `" + typoOf + "` (" + byCity.get(typoOf).size()
                        + " rows); correct the name");
            }
        }
    }
}
