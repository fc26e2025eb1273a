package kz.etalon.city;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;

/**
 * A city data file as read, row by row, in file order. In wide form {@code columns} says where the
 * header names each indicator; in long form it is empty. {@code names} holds each city's name in other languages, by city and language code, where the file gives one.
 */
public record CityFile(Path file, List<RawValue> values, Map<String, Location> columns,
                       Map<String, Map<String, String>> names) {

    public CityFile {
        values = List.copyOf(values);
        columns = Map.copyOf(columns);
        names = Map.copyOf(names);
    }

    public CityFile(Path file, List<RawValue> values, Map<String, Location> columns) {
        this(file, values, columns, Map.of());
    }

    /** The same file with other values (fitted to another standard), its cities' names kept. */
    public CityFile withValues(List<RawValue> values) {
        return new CityFile(file, values, columns, names);
    }
}
