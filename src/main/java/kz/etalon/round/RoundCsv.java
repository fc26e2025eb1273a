package kz.etalon.round;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.sheet.SpreadsheetText;

/**
 * The CSV of a round's own files: UTF-8, comma, a header. A cell a spreadsheet could run as a formula, or one
 * starting with {@code '}, is written with a leading {@code '} that reading takes off again, so every text
 * round-trips and opening the file in Excel runs nothing.
 */
final class RoundCsv {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private RoundCsv() {
    }

    static String line(List<String> cells) {
        List<String> written = new ArrayList<>();
        for (String cell : cells) {
            String text = cell == null ? "" : cell;
            String safe = SpreadsheetText.looksLikeFormula(text) || text.startsWith("'") ? "'" + text : text;
            boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
            written.add(quoted ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe);
        }
        return String.join(",", written) + "\n";
    }

    /** The rows after the header, which must be {@code header}; each row as many cells as the header. */
    static List<List<String>> rows(String text, List<String> header, Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> read = MAPPER.readerForListOf(String.class).readValues(text)) {
            boolean first = true;
            int line = 0;
            while (read.hasNextValue()) {
                List<String> row = read.nextValue();
                line++;
                if (first) {
                    first = false;
                    if (!row.equals(header)) {
                        throw InputException.of(Location.of(file).atLine(1), "the header is not `" + String.join(",", header)
                                + "`; this file is written by Etalon: restore it from the workspace's history");
                    }
                    continue;
                }
                if (row.size() == 1 && row.get(0).isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = i < row.size() ? row.get(i) : "";
                    cells.add(cell.startsWith("'") ? cell.substring(1) : cell);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw InputException.of(Location.of(file), "not readable as CSV: " + e.getMessage()
                    + "; this file is written by Etalon: restore it from the workspace's history");
        }
        return rows;
    }
}
