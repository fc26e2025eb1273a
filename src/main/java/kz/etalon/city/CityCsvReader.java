package kz.etalon.city;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/**
 * Reads city data in long form ({@code city,indicator,value[,note][,source]}) or wide form
 * ({@code city,<indicator id>,...}); the header says which. A {@code ;} separator, as Excel writes
 * in Russian and Kazakh locales, is recognised from the header.
 */
public final class CityCsvReader {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final List<String> LONG_OPTIONAL = List.of("note", "source");

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
        Location headerAt = new Location(file, header.line(), 1);
        if (columns.size() >= 3 && columns.subList(0, 3).equals(List.of("city", "indicator", "value"))
                && LONG_OPTIONAL.containsAll(columns.subList(3, columns.size()))) {
            readLong(file, rows, columns.size(), values, problems);
        } else if (!columns.isEmpty() && columns.get(0).equals("city") && !columns.contains("indicator")
                && columns.size() > 1) {
            readWide(file, rows, header, values, problems);
            for (int column = 1; column < header.cells().size(); column++) {
                columnsAt.putIfAbsent(header.cells().get(column).strip(), new Location(file, header.line(), column + 1));
            }
        } else {
            problems.error(headerAt, "header `" + String.join(String.valueOf(separator), header.cells())
                    + "` is neither long form `city,indicator,value` (optional `note`, `source`) nor wide form "
                    + "`city,<indicator id>,...`");
            return Optional.empty();
        }
        return Optional.of(new CityFile(file, values, columnsAt));
    }

    private static void readLong(Path file, List<Row> rows, int width, List<RawValue> values, Problems problems) {
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Location at = new Location(file, row.line(), 1);
            if (row.cells().size() < 3 || row.cells().size() > width) {
                problems.error(at, "row has " + row.cells().size() + " cells; the header has " + width
                        + " (city, indicator, value" + (width > 3 ? ", ..." : "") + ")");
                continue;
            }
            values.add(new RawValue(row.cells().get(0).strip(), row.cells().get(1).strip(), row.cells().get(2), at));
        }
    }

    private static void readWide(Path file, List<Row> rows, Row header, List<RawValue> values, Problems problems) {
        List<String> indicators = header.cells().stream().map(String::strip).toList();
        for (Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            if (row.cells().size() != indicators.size()) {
                problems.error(new Location(file, row.line(), 1), "row has " + row.cells().size()
                        + " cells; the header has " + indicators.size());
                continue;
            }
            String city = row.cells().get(0).strip();
            for (int column = 1; column < indicators.size(); column++) {
                values.add(new RawValue(city, indicators.get(column), row.cells().get(column),
                        new Location(file, row.line(), column + 1)));
            }
        }
    }

    private static Optional<String> decode(Path file, Problems problems) {
        Location whole = Location.of(file);
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(whole, "file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (NoSuchFileException e) {
            problems.error(whole, "no such file");
        } catch (CharacterCodingException e) {
            problems.error(whole, "not UTF-8 text (perhaps Windows-1251); in Excel use Save As > `CSV UTF-8`");
        } catch (IOException e) {
            problems.error(whole, "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** {@code ;} when the header uses it and no comma, as Excel does where the decimal mark is a comma. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static List<Row> rows(String text, char separator) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = new CsvMapper().getFactory().createParser(text)) {
            ((CsvParser) parser).setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            List<String> cells = new ArrayList<>();
            int line = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    cells = new ArrayList<>();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (cells.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && !cells.isEmpty()) {
                    rows.add(new Row(line, cells));
                }
            }
        }
        return rows;
    }

    private record Row(int line, List<String> cells) {

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
