package kz.etalon.city.xlsx;

/**
 * One cell of a sheet as the sheet's XML stores it: its kind, its text as stored (a number as Excel writes
 * it, a shared string already looked up, an error such as {@code #DIV/0!}) and its number format. A formula
 * cell is its cached value.
 */
record SheetCell(int row, int column, Kind kind, String stored, NumberFormat format) {

    enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** A cell's number format, as the workbook's styles give it. */
    record NumberFormat(int index, String code) {

        static final NumberFormat GENERAL = new NumberFormat(0, "General");
    }
}
