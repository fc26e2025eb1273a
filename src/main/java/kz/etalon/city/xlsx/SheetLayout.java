package kz.etalon.city.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.etalon.city.CityNames;
import kz.etalon.city.RawValue;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/** Reads the values of one sheet whose header row says its layout: template, long form or wide form. */
final class SheetLayout {

    private final Path file;
    private final Problems problems;
    private final SheetCells cells;
    private final SheetGrid sheet;
    private final int header;
    private final List<RawValue> values;
    private final Map<String, Location> columns;
    private final Map<String, Map<String, String>> names;
    private final Set<String> headed;

    SheetLayout(Path file, Problems problems, SheetCells cells, SheetGrid sheet, int header, List<RawValue> values,
                Map<String, Location> columns, Map<String, Map<String, String>> names, Set<String> headed) {
        this.file = file;
        this.problems = problems;
        this.cells = cells;
        this.sheet = sheet;
        this.header = header;
        this.values = values;
        this.columns = columns;
        this.names = names;
        this.headed = headed;
    }

    /** Indicators as rows, cities as columns: the workbook that {@code etalon template} writes. */
    void readTemplate(List<String> heads, Set<String> descriptive) {
        Map<Integer, String> cities = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        List<Location> empty = new ArrayList<>();
        List<String> emptyNames = new ArrayList<>();
        for (int c = 1; c < heads.size(); c++) {
            String head = heads.get(c).strip();
            if (descriptive.contains(CityXlsxReader.folded(head))) {
                continue;
            }
            if (head.isEmpty()) {
                valuesUnderNoName(c);
                continue;
            }
            headed.add(CityXlsxReader.folded(head));
            Integer earlier = firstColumn.putIfAbsent(head.toLowerCase(Locale.ROOT), c);
            if (earlier != null) {
                problems.error(cells.at(sheet, header, c), "city `" + head + "` has a second column (the first is "
                        + Location.columnLetters(earlier + 1) + "); keep one column per city");
                continue;
            }
            if (columnIsEmpty(c)) {
                empty.add(cells.at(sheet, header, c));
                emptyNames.add(head);
                continue;
            }
            cities.put(c, head);
        }
        if (cities.isEmpty() && !empty.isEmpty()) {
            problems.error(Location.sheet(file, sheet.name()), "no city has a value yet (columns of "
                    + String.join(", ", emptyNames) + " are empty); fill in the yellow cells, one column per city");
            return;
        }
        for (int i = 0; i < empty.size(); i++) {
            problems.warning(empty.get(i), "the column of " + emptyNames.get(i) + " is empty; " + emptyNames.get(i)
                    + " is left out");
        }
        for (int row : sheet.rowsAfter(header)) {
            String id = cells.text(sheet, row, 0).strip();
            if (id.isEmpty()) {
                for (int c : cities.keySet()) {
                    if (!cells.text(sheet, row, c).isBlank()) {
                        problems.error(cells.at(sheet, row, c), "a value in a row with no indicator id in column A");
                        break;
                    }
                }
                continue;
            }
            if (CityNames.language(id).isPresent()) {
                for (Map.Entry<Integer, String> city : cities.entrySet()) {
                    name(city.getValue(), id, cells.text(sheet, row, city.getKey()));
                }
                continue;
            }
            columns.putIfAbsent(id, cells.at(sheet, row, 0));
            for (Map.Entry<Integer, String> city : cities.entrySet()) {
                values.add(new RawValue(city.getValue(), id, cells.text(sheet, row, city.getKey()),
                        cells.at(sheet, row, city.getKey())));
            }
        }
    }

    /** As in CSV: {@code city, indicator, value}, a row per value; optional {@code name_ru}, {@code name_kk} columns. */
    void readLong(List<String> heads) {
        for (int row : sheet.rowsAfter(header)) {
            String city = cells.text(sheet, row, 0).strip();
            for (int c = 3; c < heads.size(); c++) {
                if (CityNames.language(heads.get(c).strip()).isPresent() && !city.isEmpty()) {
                    name(city, heads.get(c).strip(), cells.text(sheet, row, c));
                }
            }
            String indicator = cells.text(sheet, row, 1).strip();
            String value = cells.text(sheet, row, 2);
            if (city.isEmpty() && indicator.isEmpty() && value.isBlank()) {
                continue;
            }
            Location at = cells.at(sheet, row, city.isEmpty() ? 0 : indicator.isEmpty() ? 1 : 2);
            if (indicator.isEmpty()) {
                problems.error(at, "no indicator id in column B");
                continue;
            }
            values.add(new RawValue(city, indicator, value, at));
        }
    }

    /** As in CSV: {@code city, <indicator id>, ...}, a row per city. */
    void readWide(List<String> heads) {
        for (int c = 1; c < heads.size(); c++) {
            if (!heads.get(c).isBlank() && CityNames.language(heads.get(c).strip()).isEmpty()) {
                columns.putIfAbsent(heads.get(c).strip(), cells.at(sheet, header, c));
            }
        }
        for (int row : sheet.rowsAfter(header)) {
            String city = cells.text(sheet, row, 0).strip();
            for (int c = 1; c < heads.size(); c++) {
                String head = heads.get(c).strip();
                String value = cells.text(sheet, row, c);
                if (CityNames.language(head).isPresent()) {
                    name(city, head, value);
                    continue;
                }
                if (head.isEmpty()) {
                    if (!value.isBlank()) {
                        problems.error(cells.at(sheet, row, c), "a value under a column with no indicator id in the header");
                    }
                    continue;
                }
                values.add(new RawValue(city, head, value, cells.at(sheet, row, c)));
            }
        }
    }

    private void name(String city, String column, String name) {
        if (!city.isEmpty() && !name.isBlank()) {
            names.computeIfAbsent(city, c -> new LinkedHashMap<>())
                    .putIfAbsent(CityNames.language(column).orElseThrow(), name.strip());
        }
    }

    private void valuesUnderNoName(int column) {
        for (int row : sheet.rowsAfter(header)) {
            if (!cells.text(sheet, row, column).isBlank()) {
                problems.error(cells.at(sheet, row, column), "a value in a column with no city name in row "
                        + (header + 1) + "; write the city's name at the top of the column");
                return;
            }
        }
    }

    private boolean columnIsEmpty(int column) {
        for (int row : sheet.rowsAfter(header)) {
            if (!cells.text(sheet, row, column).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
