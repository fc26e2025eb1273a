package kz.etalon.problem;

import java.nio.file.Path;

/**
 * A place in an input file, 1-based; line or column 0 means "unknown". In a spreadsheet the line is the
 * row and the column the column, and {@code cell} names the cell as the spreadsheet does
 * ({@code Data!D14}); it is null for text files.
 */
public record Location(Path file, int line, int column, String cell) {

    public Location(Path file, int line, int column) {
        this(file, line, column, null);
    }

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    /** A cell of a spreadsheet: row and column 1-based, shown as {@code file:Sheet!D14}. */
    public static Location cell(Path file, String sheet, int row, int column) {
        return new Location(file, row, column, sheetPrefix(sheet) + columnLetters(column) + row);
    }

    /** A whole sheet of a spreadsheet, shown as {@code file:Sheet}. */
    public static Location sheet(Path file, String sheet) {
        return new Location(file, 0, 0, sheetPrefix(sheet).replaceAll("!$", ""));
    }

    public Location atLine(int newLine) {
        return new Location(file, newLine, 0);
    }

    /** {@code A}, {@code Z}, {@code AA}: a 1-based column number as a spreadsheet writes it. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String sheetPrefix(String sheet) {
        boolean plain = sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
        return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!";
    }

    /** {@code file:line:col} (or {@code file:Sheet!D14} in a spreadsheet), leaving out the parts that are unknown. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file.toString());
        if (cell != null) {
            return text.append(':').append(cell).toString();
        }
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.toString();
    }
}
