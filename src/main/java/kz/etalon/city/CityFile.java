package kz.etalon.city;

import java.nio.file.Path;
import java.util.List;

/** A city data file as read, row by row, in file order. */
public record CityFile(Path file, List<RawValue> values, boolean decimalComma) {

    public CityFile {
        values = List.copyOf(values);
    }
}
