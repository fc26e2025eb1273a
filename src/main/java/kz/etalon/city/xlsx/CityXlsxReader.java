package kz.etalon.city.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import kz.etalon.city.CityFile;
import kz.etalon.city.DataLimit;
import kz.etalon.city.CityNames;
import kz.etalon.city.RawValue;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;

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
 * a cell formatted as a percentage (79.85 %, stored as 0.7985) reads as 79.85. The workbook is read as its
 * parts, a sheet's XML as a stream ({@link SheetXml}), within the limits there and in {@link WorkbookPackage}.
 */
public final class CityXlsxReader {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    /**
     * The hidden, protected sheet in which {@code etalon template} records the cities it was made for, one
     * name a row under a header; its name is the same in every language.
     */
    public static final String MADE_FOR_SHEET = "etalon-cities";
    private static final List<String> LONG_OPTIONAL = List.of("note", "source", "name_ru", "name_kk");

    private final Path file;
    private final Problems problems;
    private final Consumer<DataLimit> exceeded;
    private final List<RawValue> values = new ArrayList<>();
    private final Map<String, Location> columns = new LinkedHashMap<>();
    private final List<String> madeFor = new ArrayList<>();
    /** The cities a sheet in the layout of {@code etalon template} has a column for (empty or not), lower case. */
    private final Set<String> headed = new java.util.HashSet<>();
    private final Map<String, Map<String, String>> names = new LinkedHashMap<>();

    private CityXlsxReader(Path file, Problems problems, Consumer<DataLimit> exceeded) {
        this.file = file;
        this.problems = problems;
        this.exceeded = exceeded;
    }

    public static Optional<CityFile> read(Path file, Problems problems) {
        return read(file, problems, limit -> { });
    }

    /** As {@link #read(Path, Problems)}, telling {@code exceeded} which limit a workbook refused as too large passed. */
    public static Optional<CityFile> read(Path file, Problems problems, Consumer<DataLimit> exceeded) {
        return new CityXlsxReader(file, problems, exceeded).read();
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
        if (FileMagic.valueOf(bytes) == FileMagic.OLE2) {
            problems.error(whole, "this is an old Excel workbook (.xls); in Excel use Save As > `Excel Workbook (*.xlsx)`");
            return Optional.empty();
        }
        if (FileMagic.valueOf(bytes) != FileMagic.OOXML) {
            problems.error(whole, damaged(bytes.length == 0 ? "the file is empty" : "it is not a zip archive, as every .xlsx is"));
            return Optional.empty();
        }
        try (WorkbookPackage workbook = WorkbookPackage.open(bytes, file)) {
            try {
                return read(workbook);
            } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
                workbook.throwIfPastTheLimit();
                throw e;
            }
        } catch (WorkbookRefused e) {
            problems.error(e.location(), e.getMessage());
            if (e.limit() != null) {
                exceeded.accept(e.limit());
            }
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            problems.error(whole, tooLarge(e) ? "the workbook unpacks to more than "
                    + WorkbookPackage.MAX_INFLATED_BYTES / (1024 * 1024) + " MiB (a sheet of that size is not city data,"
                    + " or the file is built to exhaust memory); keep the city data on one sheet of a workbook of its own"
                    : damaged(firstLine(e.getMessage())));
        }
        return Optional.empty();
    }

    private static String damaged(String why) {
        return "not an Excel workbook (.xlsx), or a damaged one (" + why
                + "); open it in Excel or LibreOffice and save it again as .xlsx";
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof WorkbookPackage.PartTooLarge) {
                return true;
            }
        }
        return false;
    }

    private Optional<CityFile> read(WorkbookPackage workbook) throws IOException, OpenXML4JException,
            XMLStreamException, WorkbookRefused {
        SheetCells cells = new SheetCells(file, problems, workbook.date1904());
        List<String> unknown = new ArrayList<>();
        int read = 0;
        int held = 0;
        for (WorkbookPackage.SheetRef ref : workbook.sheets()) {
            if (ref.hidden() && !ref.name().equals(MADE_FOR_SHEET)) {
                continue;
            }
            SheetGrid sheet;
            try (InputStream in = workbook.sheetXml(ref)) {
                sheet = SheetXml.read(file, problems, workbook, ref.name(), in, held);
            }
            held += sheet.size();
            if (ref.hidden()) {
                readMadeFor(cells, sheet);
                continue;
            }
            Optional<Integer> header = sheet.headerRow();
            if (header.isEmpty()) {
                continue;
            }
            List<String> heads = cells.texts(sheet, header.get());
            List<String> folded = heads.stream().map(CityXlsxReader::folded).toList();
            SheetLayout layout = new SheetLayout(file, problems, cells, sheet, header.get(), values, columns, names, headed);
            if (folded.size() >= 3 && folded.subList(0, 3).equals(List.of("city", "indicator", "value"))
                    && LONG_OPTIONAL.containsAll(trimmed(folded).subList(3, trimmed(folded).size()))) {
                layout.readLong(heads);
            } else if (folded.get(0).equals("city") && !folded.contains("indicator") && trimmed(folded).size() > 1) {
                layout.readWide(heads);
            } else if (Messages.inEveryLanguage("template.col.id").stream().map(CityXlsxReader::folded)
                    .anyMatch(folded.get(0)::equals)) {
                layout.readTemplate(heads, descriptiveHeaders());
            } else {
                unknown.add(sheet.name());
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
        citiesWithoutColumn();
        return Optional.of(new CityFile(file, values, columns, names));
    }

    /** The sheet {@link #MADE_FOR_SHEET}: a city a row in column A, its other names under {@code name_ru}, {@code name_kk}. */
    private void readMadeFor(SheetCells cells, SheetGrid sheet) {
        List<String> heads = sheet.headerRow().map(row -> cells.texts(sheet, row)).orElse(List.of());
        for (int row : sheet.rowsAfter(sheet.headerRow().orElse(0))) {
            String city = cells.text(sheet, row, 0).strip();
            if (city.isEmpty()) {
                continue;
            }
            madeFor.add(city);
            for (int c = 1; c < heads.size(); c++) {
                String name = cells.text(sheet, row, c).strip();
                Optional<String> language = CityNames.language(heads.get(c));
                if (language.isPresent() && !name.isEmpty()) {
                    names.computeIfAbsent(city, k -> new LinkedHashMap<>()).putIfAbsent(language.get(), name);
                }
            }
        }
    }

    /**
     * A city the template was made for whose column is gone would drop out of the ranking without a word;
     * it is named (an emptied column is named where it is read).
     */
    private void citiesWithoutColumn() {
        if (headed.isEmpty()) {
            return;   // the data is laid out otherwise (long or wide form): the template's columns are not expected
        }
        madeFor.stream().distinct().filter(city -> !headed.contains(folded(city))).forEach(city ->
                problems.warning(Location.of(file), "the workbook was made for " + madeFor.size() + " cities, but "
                        + city + " has no column in it (deleted?), so " + city + " is left out; put its column back,"
                        + " or make a template without it (--city NAME for each city to keep)"));
    }

    static List<String> trimmed(List<String> heads) {
        int end = heads.size();
        while (end > 0 && heads.get(end - 1).isEmpty()) {
            end--;
        }
        return heads.subList(0, end);
    }

    static String folded(String text) {
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
