package kz.etalon.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opening, reading and saving workbooks in tests, as a person with Excel would. */
public final class Workbooks {

    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static void save(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    public static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    /** The row whose column A holds {@code id}, or -1. */
    public static int rowOf(Sheet sheet, String id) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.toString().equals(id)) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** The column whose header (row 1) is {@code name}, or -1. */
    public static int columnOf(Sheet sheet, String name) {
        Row header = sheet.getRow(0);
        for (Cell cell : header) {
            if (cell.toString().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /** Deletes the column whose header is {@code name}, the columns to its right moving left, as Excel's Delete Column does. */
    public static void deleteColumn(Sheet sheet, String name) {
        int column = columnOf(sheet, name);
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null) {
                row.removeCell(cell);
            }
        }
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        sheet.shiftColumns(column + 1, last, -1);
    }

    /** Empties every cell under the header {@code name}, keeping the header. */
    public static void emptyColumn(Sheet sheet, String name) {
        int column = columnOf(sheet, name);
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && row.getRowNum() > 0) {
                row.removeCell(cell);
            }
        }
    }
}
