package kz.etalon.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A workbook of one sheet: a header and rows of text, with the cells of number columns written as numbers. */
public final class TableWorkbook {

    private TableWorkbook() {
    }

    /** @param numberColumns the columns whose cells that read as decimals are written as numbers */
    public static byte[] of(String sheetName, List<String> header, List<List<String>> rows, List<Integer> numberColumns) {
        SXSSFWorkbook workbook = StableXlsx.streaming(true);
        Sheet sheet = workbook.createSheet(sheetName);
        write(sheet.createRow(0), header, List.of());
        for (int r = 0; r < rows.size(); r++) {
            write(sheet.createRow(r + 1), rows.get(r), numberColumns);
        }
        try {
            return StableXlsx.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> cells, List<Integer> numberColumns) {
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c);
            if (numberColumns.contains(c) && text.matches("\\d+(\\.\\d+)?")) {
                row.createCell(c).setCellValue(Double.parseDouble(text));
            } else {
                SpreadsheetText.set(row.createCell(c), text);
            }
        }
    }
}
