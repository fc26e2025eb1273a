package kz.etalon.sheet;

import org.apache.poi.ss.usermodel.Cell;

/**
 * Text that a spreadsheet will show as text. A cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a formula when a CSV file is
 * opened (or when an xlsx cell is edited): a city or indicator name such as
 * {@code =HYPERLINK("http://…")} would run. Every text cell Etalon writes goes through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** Whether a spreadsheet could take {@code text} for a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /**
     * A CSV cell for {@code text}: a leading {@code '} when it could be taken for a formula (the OWASP
     * convention, which spreadsheets show as text and hide), then quoted when it holds a separator, a
     * quote or a line break. Numbers are not text: write them as they are.
     */
    public static String csvCell(String text) {
        String safe = looksLikeFormula(text) ? "'" + text : text;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * Puts {@code text} in {@code cell} as a string cell, never a formula, whatever it starts with (a
     * workbook cell's type, not its first character, decides what Excel does with it).
     */
    public static void set(Cell cell, String text) {
        cell.setCellValue(text == null ? "" : text);
    }
}
