package kz.etalon.city.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** Reads cells of a city workbook as the text the city data checks read, and names cells as Excel does. */
final class SheetCells {

    private final Path file;
    private final Problems problems;
    private final boolean date1904;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Set<Location> reported = new HashSet<>();

    SheetCells(Path file, Problems problems, boolean date1904) {
        this.file = file;
        this.problems = problems;
        this.date1904 = date1904;
    }

    /** The cells of a header row as Excel shows them, from column A to the last cell that holds a value. */
    List<String> texts(SheetGrid sheet, int row) {
        List<SheetCell> held = sheet.cellsOf(row);
        List<String> texts = new ArrayList<>();
        int last = held.isEmpty() ? -1 : held.get(held.size() - 1).column();
        for (int c = 0; c <= last; c++) {
            texts.add(shown(sheet.cell(row, c)).strip());
        }
        return texts;
    }

    private String shown(SheetCell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.kind()) {
            case TEXT, ERROR -> cell.stored();
            case BOOLEAN -> isTrue(cell) ? "TRUE" : "FALSE";
            case NUMBER -> formatter.formatRawCellContents(Double.parseDouble(cell.stored()), cell.format().index(),
                    cell.format().code(), date1904);
        };
    }

    /** A cell as the text the checker reads: numbers exactly as stored, percentages as percents. */
    String text(SheetGrid sheet, int row, int column) {
        SheetCell cell = sheet.cell(row, column);
        if (cell == null) {
            return "";
        }
        return switch (cell.kind()) {
            case TEXT -> cell.stored();
            case BOOLEAN -> isTrue(cell) ? "true" : "false";
            case NUMBER -> number(cell);
            case ERROR -> {
                Location at = at(sheet, row, column);
                if (reported.add(at)) {   // a cell is read more than once (is its column empty? then its value)
                    problems.error(at, "the cell shows the error " + cell.stored() + "; enter a value or leave it empty");
                }
                yield "";
            }
        };
    }

    private static boolean isTrue(SheetCell cell) {
        return cell.stored().equals("1") || cell.stored().equalsIgnoreCase("true");
    }

    private String number(SheetCell cell) {
        double stored = Double.parseDouble(cell.stored());
        if (DateUtil.isADateFormat(cell.format().index(), cell.format().code()) && DateUtil.isValidExcelDate(stored)) {
            return shown(cell);  // the checker will say that a date is not a value it takes
        }
        BigDecimal value = BigDecimal.valueOf(stored);
        if (cell.format().code().contains("%")) {
            value = value.movePointRight(2);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    Location at(SheetGrid sheet, int rowIndex, int columnIndex) {
        return Location.cell(file, sheet.name(), rowIndex + 1, columnIndex + 1);
    }
}
