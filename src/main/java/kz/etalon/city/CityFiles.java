package kz.etalon.city;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import kz.etalon.city.xlsx.CityXlsxReader;
import kz.etalon.problem.Problems;

/**
 * Reads a city data file of any supported kind: an Excel workbook ({@code .xlsx}) or CSV (anything else).
 * The workbook reader, and Apache POI with it, is loaded only when a workbook is read.
 */
public final class CityFiles {

    private CityFiles() {
    }

    public static Optional<CityFile> read(Path file, Problems problems) {
        if (isWorkbook(file)) {
            return CityXlsxReader.read(file, problems);
        }
        return CityCsvReader.read(file, problems);
    }

    /** As {@link #read(Path, Problems)}, telling {@code exceeded} which limit a file refused as too large passed. */
    public static Optional<CityFile> read(Path file, Problems problems, java.util.function.Consumer<DataLimit> exceeded) {
        if (isWorkbook(file)) {
            return CityXlsxReader.read(file, problems, exceeded);
        }
        return CityCsvReader.read(file, problems);
    }

    public static boolean isWorkbook(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }
}
