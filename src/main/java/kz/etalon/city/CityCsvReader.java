package kz.etalon.city;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.problem.TextBytes;

/**
 * Reads city data in long form ({@code city,indicator,value[,note][,source]}) or wide form
 * ({@code city,<indicator id>,...}); the header says which. A {@code ;} separator, as Excel writes
 * in Russian and Kazakh locales, is recognised from the header.
 */
public final class CityCsvReader {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** A wide row has the city and one cell per indicator; a standard has about a hundred. */
    static final int MAX_CELLS_IN_ROW = 10_000;
    /** A cell holds a name, an id or a value. */
    static final int MAX_CELL_CHARS = 100_000;
    private static final List<String> LONG_OPTIONAL = List.of("note", "source", "name_ru", "name_kk");

    private CityCsvReader() {
    }

    public static Optional<CityFile> read(Path file, Problems problems) {
        Optional<String> text = decode(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows;
        char separator = separator(text.get());
        try {
            rows = rows(text.get(), separator);
        } catch (TooWide e) {
            problems.error(Location.of(file).atLine(e.line), String.format(Locale.ROOT, "a row of more than %,d cells;"
                    + " a row has the city and one cell per indicator (a standard has about a hundred)", MAX_CELLS_IN_ROW));
            return Optional.empty();
        } catch (CellTooLong e) {
            problems.error(Location.of(file).atLine(e.line), String.format(Locale.ROOT, "a cell of more than %,d characters;"
                    + " a cell holds a name or a value: is a quote (\") opened here and never closed?", MAX_CELL_CHARS));
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.error(Location.of(file).atLine(line), "not readable as CSV: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.error(Location.of(file), "not readable as CSV: " + e.getMessage());
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            problems.error(Location.of(file), "the file is empty; it should start with the header `city,indicator,value`");
            return Optional.empty();
        }
        rows = rows.stream().dropWhile(Row::isBlank).toList();
        if (rows.isEmpty()) {
            problems.error(Location.of(file), "the file has only blank lines; it should start with the header `city,indicator,value`");
            return Optional.empty();
        }
        Row header = rows.get(0);
        List<String> columns = header.cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<RawValue> values = new ArrayList<>();
        Map<String, Location> columnsAt = new LinkedHashMap<>();
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        Location headerAt = new Location(file, header.line(), 1);
        if (columns.size() >= 3 && columns.subList(0, 3).equals(List.of("city", "indicator", "value"))
                && LONG_OPTIONAL.containsAll(columns.subList(3, columns.size()))) {
            readLong(file, rows, columns, values, names, problems);
        } else if (!columns.isEmpty() && columns.get(0).equals("city") && !columns.contains("indicator")
                && columns.size() > 1) {
            readWide(file, rows, header, values, names, problems);
            for (int column = 1; column < header.cells().size(); column++) {
                if (CityNames.language(header.cells().get(column)).isPresent()) {
                    continue;
                }
                columnsAt.putIfAbsent(header.cells().get(column).strip(), new Location(file, header.line(), column + 1));
            }
        } else {
            problems.error(headerAt, "header `" + String.join(String.valueOf(separator), header.cells())
                    + "` is neither long form `city,indicator,value` (optional `note`, `source`, `name_ru`, `name_kk`) nor wide form "
                    + "`city,<indicator id>,...`");
            return Optional.empty();
        }
        return Optional.of(new CityFile(file, values, columnsAt, names));
    }

    private static void readLong(Path file, List<Row> rows, List<String> columns, List<RawValue> values,
                                 Map<String, Map<String, String>> names, Problems problems) {
        int width = columns.size();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Location at = new Location(file, row.line(), 1);
            if (row.cells().size() < 3 || row.cells().size() > width) {
                problems.error(at, "row has " + row.cells().size() + " cells; the header has " + width
                        + " (city, indicator, value" + (width > 3 ? ", ..." : "") + ")" + decimalCommaHint(row.cells(), 2));
                continue;
            }
            if (width > 3 && CityNames.language(columns.get(3)).isPresent() && !decimalCommaHint(row.cells(), 2).isEmpty()) {
                // digits are no city's name: the value was cut at a decimal comma
                problems.error(at, "value `" + row.cells().get(2).strip() + "` is followed by `" + row.cells().get(3).strip()
                        + "` in the column " + columns.get(3) + decimalCommaHint(row.cells(), 2));
                continue;
            }
            if (width > 3 && !decimalCommaHint(row.cells(), 2).isEmpty()) {
                problems.warning(at, "value `" + row.cells().get(2).strip() + "` is followed by `" + row.cells().get(3).strip()
                        + "` in the next column; if they are one number with a decimal comma, write "
                        + row.cells().get(2).strip() + "." + row.cells().get(3).strip() + " (read as "
                        + row.cells().get(2).strip() + ")");
            }
            values.add(new RawValue(row.cells().get(0).strip(), row.cells().get(1).strip(), row.cells().get(2), at));
            for (int column = 3; column < row.cells().size(); column++) {
                name(names, row.cells().get(0).strip(), columns.get(column), row.cells().get(column));
            }
        }
    }

    private static void readWide(Path file, List<Row> rows, Row header, List<RawValue> values,
                                 Map<String, Map<String, String>> names, Problems problems) {
        List<String> indicators = header.cells().stream().map(String::strip).toList();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (row.cells().size() != indicators.size()) {
                String hint = "";
                for (int column = 1; column + 1 < row.cells().size() && hint.isEmpty(); column++) {
                    hint = row.cells().size() > indicators.size() ? decimalCommaHint(row.cells(), column) : "";
                }
                problems.error(new Location(file, row.line(), 1), "row has " + row.cells().size()
                        + " cells; the header has " + indicators.size() + hint);
                continue;
            }
            String city = row.cells().get(0).strip();
            for (int column = 1; column < indicators.size(); column++) {
                if (CityNames.language(indicators.get(column)).isPresent()) {
                    name(names, city, indicators.get(column), row.cells().get(column));
                    continue;
                }
                values.add(new RawValue(city, indicators.get(column), row.cells().get(column),
                        new Location(file, row.line(), column + 1)));
            }
        }
    }

    /** A city's name in another language, from the column {@code name_ru} or {@code name_kk}; the first one given counts. */
    private static void name(Map<String, Map<String, String>> names, String city, String column, String name) {
        Optional<String> language = CityNames.language(column);
        if (language.isPresent() && !city.isEmpty() && !name.isBlank()) {
            names.computeIfAbsent(city, c -> new LinkedHashMap<>()).putIfAbsent(language.get(), name.strip());
        }
    }

    private static Optional<String> decode(Path file, Problems problems) {
        Location whole = Location.of(file);
        byte[] bytes;
        try {
            bytes = BoundedRead.bytes(file, MAX_BYTES);
        } catch (BoundedRead.TooLarge e) {
            problems.error(whole, "file is larger than " + e.shown());
            return Optional.empty();
        } catch (NoSuchFileException e) {
            problems.error(whole, "no such file");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(whole, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (TextBytes.hasUtf16Bom(bytes)) {
            // Excel's "Unicode Text": UTF-16 with a byte order mark, which the UTF_16 decoder reads and drops
            String text = new String(bytes, StandardCharsets.UTF_16);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        Optional<String> utf8 = TextBytes.utf8(bytes);
        if (utf8.isPresent()) {
            return utf8;
        }
        Optional<String> cyrillic = Windows1251.decode(file, bytes, problems);
        if (cyrillic.isEmpty()) {
            problems.error(whole.atLine(TextBytes.firstNonUtf8Line(bytes)), "not UTF-8 text (the first byte that is not"
                    + " UTF-8 is on this line); in Excel use File > Save As > `CSV UTF-8 (Comma delimited)`;"
                    + " elsewhere save the file with encoding UTF-8");
        }
        return cyrillic;
    }

    /**
     * {@code ;} when the header uses it and no comma, as Excel does where the decimal mark is a comma;
     * a tab when the header has neither, as in Excel's "Unicode Text".
     */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(',') >= 0) {
            return ',';
        }
        return header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    private static List<Row> rows(String text, char separator) throws IOException {
        List<Row> rows = new ArrayList<>();
        // The streaming parser alone: a CsvMapper would load jackson-databind, a tenth of a cold start.
        CsvFactory factory = CsvFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_CHARS).build())
                .build();
        try (JsonParser parser = factory.createParser(text)) {
            ((CsvParser) parser).setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            List<String> cells = new ArrayList<>();
            int line = 0;
            int rowStart = 1;
            try {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_ARRAY) {
                        cells = new ArrayList<>();
                        rowStart = parser.currentTokenLocation().getLineNr();
                    } else if (token == JsonToken.VALUE_STRING) {
                        if (cells.isEmpty()) {
                            line = parser.currentTokenLocation().getLineNr();
                        }
                        cells.add(parser.getText());
                        if (cells.size() > MAX_CELLS_IN_ROW) {
                            throw new TooWide(line);
                        }
                    } else if (token == JsonToken.END_ARRAY && !cells.isEmpty()) {
                        rows.add(new Row(line, cells));
                    }
                }
            } catch (StreamConstraintsException e) {
                throw new CellTooLong(cells.isEmpty() ? rowStart : line);   // Jackson names neither the line nor what to do
            }
        }
        return rows;
    }

    /**
     * When cells {@code index} and {@code index + 1} read as one number split at a decimal comma
     * ({@code 79,85} in a comma-separated file), what to do about it; otherwise an empty string.
     */
    private static String decimalCommaHint(List<String> cells, int index) {
        if (cells.size() <= index + 1 || !cells.get(index).strip().matches("[+-]?\\d+")
                || !cells.get(index + 1).strip().matches("\\d+")) {
            return "";
        }
        String number = cells.get(index).strip() + "," + cells.get(index + 1).strip();
        return "; `" + number + "` looks like a number with a decimal comma in a file whose cells are separated by"
                + " commas: write " + number.replace(',', '.') + ", or put it in quotes (\"" + number + "\"), or save"
                + " from Excel with `;` between cells";
    }

    /** A row with more than {@link #MAX_CELLS_IN_ROW} cells, found while it is read. */
    private static final class TooWide extends IOException {

        private final int line;

        TooWide(int line) {
            super("too many cells");
            this.line = line;
        }
    }

    /** A cell longer than {@link #MAX_CELL_CHARS}, in the row that starts at {@code line}. */
    private static final class CellTooLong extends IOException {

        private final int line;

        CellTooLong(int line) {
            super("cell too long");
            this.line = line;
        }
    }

    private record Row(int line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
