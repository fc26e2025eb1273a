package kz.etalon.round;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/** A city's entered values in a round, by indicator, as its file {@code cities/<city>.csv} holds them. */
public record CityValues(String city, Map<String, EnteredValue> values) {

    static final List<String> HEADER = List.of("indicator", "value", "source", "quality", "comment");

    public CityValues {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<EnteredValue> value(String indicator) {
        return Optional.ofNullable(values.get(indicator));
    }

    /** The value of {@code indicator}, or an empty one. */
    public EnteredValue valueOrEmpty(String indicator) {
        return values.getOrDefault(indicator, EnteredValue.empty(indicator));
    }

    /** These values with {@code changed} put in (a blank value takes the indicator out). */
    public CityValues with(Collection<EnteredValue> changed) {
        Map<String, EnteredValue> next = new LinkedHashMap<>(values);
        for (EnteredValue value : changed) {
            if (value.isBlank()) {
                next.remove(value.indicator());
            } else {
                next.put(value.indicator(), value);
            }
        }
        return new CityValues(city, next);
    }

    public long given() {
        return values.values().stream().filter(EnteredValue::isGiven).count();
    }

    String text(List<String> order) {
        StringBuilder text = new StringBuilder(RoundCsv.line(HEADER));
        Map<String, EnteredValue> rest = new LinkedHashMap<>(values);
        for (String indicator : order) {
            EnteredValue value = rest.remove(indicator);
            if (value != null) {
                text.append(line(value));
            }
        }
        rest.values().forEach(value -> text.append(line(value)));
        return text.toString();
    }

    private static String line(EnteredValue value) {
        return RoundCsv.line(List.of(value.indicator(), value.value(), value.source(),
                value.quality().map(Quality::key).orElse(""), value.comment()));
    }

    static CityValues parse(String city, String text, Path file) {
        Map<String, EnteredValue> values = new LinkedHashMap<>();
        int line = 1;
        for (List<String> row : RoundCsv.rows(text, HEADER, file)) {
            line++;
            Optional<Quality> quality = Quality.parse(row.get(3));
            if (!row.get(3).isBlank() && quality.isEmpty()) {
                throw InputException.of(Location.of(file).atLine(line), "quality `" + row.get(3) + "` is not one of "
                        + Quality.keys());
            }
            values.put(row.get(0), new EnteredValue(row.get(0), row.get(1), row.get(2), quality, row.get(4)));
        }
        return new CityValues(city, values);
    }
}
