package kz.etalon.city.xlsx;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.etalon.city.CityFile;
import kz.etalon.city.RawValue;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads city data from an Excel workbook (.xlsx). Each visible sheet whose first non-empty row is a header
 * it knows is read:
 * <ul>
 *   <li>the layout of {@code etalon template}: indicator ids in column A, descriptive columns (area, name,
 *       method, unit) with their headers in any of the three languages, then one column per city;</li>
 *   <li>long form, as in CSV: {@code city, indicator, value} (optional {@code note}, {@code source});</li>
 *   <li>wide form, as in CSV: {@code city, <indicator id>, ...}, one row per city.</li>
 * </ul>
 * Problems name the cell as Excel does: {@code cities.xlsx:Data!D14}. Numbers are read as Excel stores them;
 * a cell formatted as a percentage (79.85 %, stored as 0.7985) reads as 79.85.
 */
public final class CityXlsxReader {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final List<String> LONG_OPTIONAL = List.of("note", "source");

    /** The most a part of the workbook (a sheet's XML, the shared strings) may inflate to. */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    static {
        // POI's own logging, which would print its exceptions with their stack traces for a damaged
        // workbook (the user's mistake, reported as one error), is off in simplelogger.properties.
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED_BYTES);
    }

    private final Path file;
    private final Problems problems;
    private final SheetCells cells;
    private final List<RawValue> values = new ArrayList<>();
    private final Map<String, Location> columns = new LinkedHashMap<>();

    private CityXlsxReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
        this.cells = new SheetCells(file, problems);
    }

    public static Optional<CityFile> read(Path file, Problems problems) {
        return new CityXlsxReader(file, problems).read();
    }

    /** The headers of the descriptive columns of {@code etalon template}, in every language, lower case. */
    public static Set<String> descriptiveHeaders() {
        return Stream.of("template.col.id", "template.col.area", "template.col.name", "template.col.method",
                        "template.col.unit", "template.col.note", "template.col.earlier")
                .flatMap(key -> Messages.inEveryLanguage(key).stream())
                .flatMap(header -> Stream.of(header.split("\\|")))
                .map(CityXlsxReader::folded)
                .collect(Collectors.toSet());
    }

    private Optional<CityFile> read() {
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
        Workbook workbook = null;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            workbook = new XSSFWorkbook(in);
            return read(workbook);
        } catch (OLE2NotOfficeXmlFileException e) {
            problems.error(whole, "this is an old Excel workbook (.xls); in Excel use Save As > `Excel Workbook (*.xlsx)`");
        } catch (NotOfficeXmlFileException | EmptyFileException | POIXMLException e) {
            problems.error(whole, "not an Excel workbook (.xlsx), or a damaged one (" + firstLine(e.getMessage())
                    + "); open it in Excel or LibreOffice and save it again as .xlsx");
        } catch (IOException | RuntimeException e) {
            boolean tooLarge = String.valueOf(e.getMessage()).contains("Zip bomb")
                    || String.valueOf(e.getMessage()).contains("max entry size");
            problems.error(whole, tooLarge ? "the workbook unpacks to more than " + MAX_INFLATED_BYTES / (1024 * 1024)
                    + " MiB (a sheet of that size is not city data, or the file is built to exhaust memory); keep the"
                    + " city data on one sheet of a workbook of its own" : "cannot read the workbook: " + firstLine(e.getMessage()));
        } finally {
            closeQuietly(workbook);
        }
        return Optional.empty();
    }

    /** A damaged workbook can fail again on close; what was wrong with it is reported already. */
    private static void closeQuietly(Workbook workbook) {
        if (workbook == null) {
            return;
        }
        try {
            workbook.close();
        } catch (IOException | RuntimeException e) {
            // nothing more to say about it
        }
    }

    private Optional<CityFile> read(Workbook workbook) {
        List<String> unknown = new ArrayList<>();
        int read = 0;
        for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
            if (workbook.isSheetHidden(s) || workbook.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = workbook.getSheetAt(s);
            Optional<Row> header = SheetCells.headerRow(sheet);
            if (header.isEmpty()) {
                continue;
            }
            List<String> heads = cells.texts(header.get());
            List<String> folded = heads.stream().map(CityXlsxReader::folded).toList();
            if (folded.size() >= 3 && folded.subList(0, 3).equals(List.of("city", "indicator", "value"))
                    && LONG_OPTIONAL.containsAll(trimmed(folded).subList(3, trimmed(folded).size()))) {
                readLong(sheet, header.get());
            } else if (folded.get(0).equals("city") && !folded.contains("indicator") && trimmed(folded).size() > 1) {
                readWide(sheet, header.get(), heads);
            } else if (Messages.inEveryLanguage("template.col.id").stream().map(CityXlsxReader::folded)
                    .anyMatch(folded.get(0)::equals)) {
                readTemplate(sheet, header.get(), heads);
            } else {
                unknown.add(sheet.getSheetName());
                continue;
            }
            read++;
        }
        if (read == 0) {
            problems.error(Location.of(file), "no sheet with city data"
                    + (unknown.isEmpty() ? "" : " (sheets " + String.join(", ", unknown) + " have other headers)")
                    + "; a sheet starts with the header `city, indicator, value` (long form), `city, <indicator id>, ...`"
                    + " (wide form), or is laid out as `etalon template` writes it (indicator ids in column A, a column per city)");
            return Optional.empty();
        }
        return Optional.of(new CityFile(file, values, columns));
    }

    /** Indicators as rows, cities as columns: the workbook that {@code etalon template} writes. */
    private void readTemplate(Sheet sheet, Row header, List<String> heads) {
        Set<String> descriptive = descriptiveHeaders();
        Map<Integer, String> cities = new LinkedHashMap<>();
        Map<String, Integer> firstColumn = new HashMap<>();
        List<Location> empty = new ArrayList<>();
        List<String> emptyNames = new ArrayList<>();
        for (int c = 1; c < heads.size(); c++) {
            String head = heads.get(c).strip();
            if (descriptive.contains(folded(head))) {
                continue;
            }
            if (head.isEmpty()) {
                valuesUnderNoName(sheet, header, c);
                continue;
            }
            Integer earlier = firstColumn.putIfAbsent(head.toLowerCase(Locale.ROOT), c);
            if (earlier != null) {
                problems.error(cells.at(sheet, header.getRowNum(), c), "city `" + head + "` has a second column (the first is "
                        + Location.columnLetters(earlier + 1) + "); keep one column per city");
                continue;
            }
            if (columnIsEmpty(sheet, header, c)) {
                empty.add(Location.cell(file, sheet.getSheetName(), header.getRowNum() + 1, c + 1));
                emptyNames.add(head);
                continue;
            }
            cities.put(c, head);
        }
        if (cities.isEmpty() && !empty.isEmpty()) {
            problems.error(Location.sheet(file, sheet.getSheetName()), "no city has a value yet (columns of "
                    + String.join(", ", emptyNames) + " are empty); fill in the yellow cells, one column per city");
            return;
        }
        for (int i = 0; i < empty.size(); i++) {
            problems.warning(empty.get(i), "the column of " + emptyNames.get(i) + " is empty; " + emptyNames.get(i)
                    + " is left out");
        }
        for (Row row : SheetCells.rowsAfter(sheet, header)) {
            String id = cells.text(row.getCell(0), sheet).strip();
            if (id.isEmpty()) {
                for (int c : cities.keySet()) {
                    if (!cells.text(row.getCell(c), sheet).isBlank()) {
                        problems.error(cells.at(sheet, row.getRowNum(), c), "a value in a row with no indicator id in column A");
                        break;
                    }
                }
                continue;
            }
            columns.putIfAbsent(id, cells.at(sheet, row.getRowNum(), 0));
            for (Map.Entry<Integer, String> city : cities.entrySet()) {
                Cell cell = row.getCell(city.getKey());
                values.add(new RawValue(city.getValue(), id, cells.text(cell, sheet), cells.at(sheet, row.getRowNum(), city.getKey())));
            }
        }
    }

    private void readLong(Sheet sheet, Row header) {
        for (Row row : SheetCells.rowsAfter(sheet, header)) {
            String city = cells.text(row.getCell(0), sheet).strip();
            String indicator = cells.text(row.getCell(1), sheet).strip();
            String value = cells.text(row.getCell(2), sheet);
            if (city.isEmpty() && indicator.isEmpty() && value.isBlank()) {
                continue;
            }
            Location at = cells.at(sheet, row.getRowNum(), city.isEmpty() ? 0 : indicator.isEmpty() ? 1 : 2);
            if (indicator.isEmpty()) {
                problems.error(at, "no indicator id in column B");
                continue;
            }
            values.add(new RawValue(city, indicator, value, at));
        }
    }

    private void readWide(Sheet sheet, Row header, List<String> heads) {
        for (int c = 1; c < heads.size(); c++) {
            if (!heads.get(c).isBlank()) {
                columns.putIfAbsent(heads.get(c).strip(), cells.at(sheet, header.getRowNum(), c));
            }
        }
        for (Row row : SheetCells.rowsAfter(sheet, header)) {
            String city = cells.text(row.getCell(0), sheet).strip();
            for (int c = 1; c < heads.size(); c++) {
                String head = heads.get(c).strip();
                String value = cells.text(row.getCell(c), sheet);
                if (head.isEmpty()) {
                    if (!value.isBlank()) {
                        problems.error(cells.at(sheet, row.getRowNum(), c), "a value under a column with no indicator id in the header");
                    }
                    continue;
                }
                values.add(new RawValue(city, head, value, cells.at(sheet, row.getRowNum(), c)));
            }
        }
    }

    private void valuesUnderNoName(Sheet sheet, Row header, int column) {
        for (Row row : SheetCells.rowsAfter(sheet, header)) {
            if (!cells.text(row.getCell(column), sheet).isBlank()) {
                problems.error(cells.at(sheet, row.getRowNum(), column), "a value in a column with no city name in row "
                        + (header.getRowNum() + 1) + "; write the city's name at the top of the column");
                return;
            }
        }
    }

    private boolean columnIsEmpty(Sheet sheet, Row header, int column) {
        for (Row row : SheetCells.rowsAfter(sheet, header)) {
            if (!cells.text(row.getCell(column), sheet).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> trimmed(List<String> heads) {
        int end = heads.size();
        while (end > 0 && heads.get(end - 1).isEmpty()) {
            end--;
        }
        return heads.subList(0, end);
    }

    private static String folded(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.replaceAll("^([\\w.$]+(Exception|Error): )+", "").strip();   // the library's class names say nothing to a user
    }
}
