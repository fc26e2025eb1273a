package kz.etalon.city.xlsx;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads cells of a city workbook as the text the city data checks read, and names cells as Excel does. */
final class SheetCells {

    private final Path file;
    private final Problems problems;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
    private final Set<Location> reported = new HashSet<>();

    SheetCells(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static Optional<Row> headerRow(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                    return Optional.of(row);
                }
                if (cell.getCellType() != CellType.BLANK) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    static List<Row> rowsAfter(Sheet sheet, Row header) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > header.getRowNum()) {
                rows.add(row);
            }
        }
        return rows;
    }

    List<String> texts(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)).strip());
        }
        return cells;
    }

    /** A cell as the text the checker reads: numbers exactly as stored, percentages as percents. */
    String text(Cell cell, Sheet sheet) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case NUMERIC -> number(cell);
            case ERROR -> {
                Location at = at(sheet, cell.getRowIndex(), cell.getColumnIndex());
                if (reported.add(at)) {   // a cell is read more than once (is its column empty? then its value)
                    problems.error(at, "the cell shows the error " + FormulaError.forInt(cell.getErrorCellValue()).getString()
                            + "; enter a value or leave it empty");
                }
                yield "";
            }
            default -> "";
        };
    }

    private String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return formatter.formatCellValue(cell);  // the checker will say that a date is not a value it takes
        }
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%")) {
            value = value.movePointRight(2);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    Location at(Sheet sheet, int rowIndex, int columnIndex) {
        return Location.cell(file, sheet.getSheetName(), rowIndex + 1, columnIndex + 1);
    }
}
