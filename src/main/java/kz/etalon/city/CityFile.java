package kz.etalon.city;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;

/**
 * A city data file as read, row by row, in file order. In wide form {@code columns} says where the
 * header names each indicator; in long form it is empty.
 */
public record CityFile(Path file, List<RawValue> values, Map<String, Location> columns) {

    public CityFile {
        values = List.copyOf(values);
        columns = Map.copyOf(columns);
    }
}
