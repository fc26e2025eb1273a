package kz.etalon.city.xlsx;

import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kz.etalon.city.xlsx.SheetCell.Kind;
import kz.etalon.city.DataLimit;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads the XML of one sheet as a stream into the cells that hold a value, and refuses a sheet past the
 * limits on its cells, rows and columns as soon as it passes them, before it can fill memory.
 */
final class SheetXml {

    /** The most cells a sheet may have (filled or only formatted). */
    static final int MAX_CELLS = 500_000;
    /** The most cells with a value all the sheets read may have together. */
    static final int MAX_CELLS_IN_WORKBOOK = 1_000_000;
    /** The most rows and columns a sheet's cells may reach. */
    static final int MAX_ROWS = 200_000;
    static final int MAX_COLUMNS = 10_000;

    private final Path file;
    private final Problems problems;
    private final WorkbookPackage workbook;
    private final SheetGrid grid;
    private final int heldBefore;

    private int cells;
    private int row = -1;
    private int column = -1;
    private String type;
    private int style;
    private StringBuilder value;
    private boolean inInlineRun;
    private boolean inPhonetic;

    private SheetXml(Path file, Problems problems, WorkbookPackage workbook, String sheet, int heldBefore) {
        this.file = file;
        this.problems = problems;
        this.workbook = workbook;
        this.grid = new SheetGrid(sheet);
        this.heldBefore = heldBefore;
    }

    /** The cells of a sheet, when it is within the limits and the sheets before it held {@code heldBefore}. */
    static SheetGrid read(Path file, Problems problems, WorkbookPackage workbook, String sheet, InputStream in,
                          int heldBefore) throws XMLStreamException, WorkbookRefused {
        SheetXml reader = new SheetXml(file, problems, workbook, sheet, heldBefore);
        XMLStreamReader xml = WorkbookPackage.xml(in);
        try {
            reader.read(xml);
        } finally {
            xml.close();
        }
        return reader.grid;
    }

    private void read(XMLStreamReader xml) throws XMLStreamException, WorkbookRefused {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                end(xml.getLocalName());
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && value != null
                    && !inPhonetic && (type == null || !"inlineStr".equals(type) || inInlineRun)) {
                value.append(xml.getText());
            }
        }
    }

    private void start(XMLStreamReader xml) throws WorkbookRefused {
        switch (xml.getLocalName()) {
            case "row" -> {
                String r = WorkbookPackage.attribute(xml, "r");
                row = r == null ? row + 1 : parsed(r) - 1;
                column = -1;
            }
            case "c" -> startCell(xml);
            case "v" -> value = value == null && !"inlineStr".equals(type) ? new StringBuilder() : value;
            case "is" -> value = new StringBuilder();
            case "t" -> inInlineRun = true;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    private void startCell(XMLStreamReader xml) throws WorkbookRefused {
        if (++cells > MAX_CELLS || heldBefore + grid.size() >= MAX_CELLS_IN_WORKBOOK) {
            String what = cells > MAX_CELLS ? "the sheet has more than " + String.format("%,d", MAX_CELLS)
                    + " cells (filled or formatted)" : "the workbook's sheets have more than "
                    + String.format("%,d", MAX_CELLS_IN_WORKBOOK) + " cells with a value";
            throw new WorkbookRefused(Location.sheet(file, grid.name()), what + ", more than city data needs, or the"
                    + " file is built to exhaust memory; keep only the city data in the workbook (delete the other"
                    + " rows and columns, or split the data into several workbooks)", DataLimit.CELLS);
        }
        String reference = WorkbookPackage.attribute(xml, "r");
        if (reference == null) {
            column++;
        } else {
            CellReference cell;
            try {
                cell = new CellReference(reference);
            } catch (RuntimeException e) {
                throw damaged("a cell at `" + reference + "`");
            }
            row = cell.getRow() < 0 ? row : cell.getRow();
            column = cell.getCol();
        }
        if (row < 0 || column < 0) {
            throw damaged("a cell without a place (`" + reference + "`)");
        }
        if (row >= MAX_ROWS) {
            throw new WorkbookRefused(here(), "the sheet goes on past row " + String.format("%,d", MAX_ROWS)
                    + ", more than city data needs; delete the rows below the data, or split it into several workbooks",
                    DataLimit.CELLS);
        }
        if (column >= MAX_COLUMNS) {
            throw new WorkbookRefused(here(), "the sheet goes on past column " + Location.columnLetters(MAX_COLUMNS)
                    + " (" + String.format("%,d", MAX_COLUMNS) + " columns), more than city data needs; delete the"
                    + " columns right of the data, or split it into several workbooks", DataLimit.CELLS);
        }
        type = WorkbookPackage.attribute(xml, "t");
        String s = WorkbookPackage.attribute(xml, "s");
        style = s == null ? 0 : parsed(s);
        value = null;
    }

    private void end(String element) {
        switch (element) {
            case "c" -> {
                if (value != null) {
                    cell(value.toString());
                }
                value = null;
                type = null;
            }
            case "t" -> inInlineRun = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    private void cell(String stored) {
        String kind = type == null ? "n" : type;
        switch (kind) {
            case "s" -> {
                String text = sharedString(stored);
                if (text != null) {
                    put(Kind.TEXT, text);
                }
            }
            case "inlineStr", "str", "d" -> put(Kind.TEXT, stored);
            case "b" -> put(Kind.BOOLEAN, stored.strip());
            case "e" -> put(Kind.ERROR, stored.strip());
            default -> {
                if (stored.isBlank()) {
                    return;   // a formula whose value was never computed
                }
                try {
                    Double.parseDouble(stored);
                    put(Kind.NUMBER, stored.strip());
                } catch (NumberFormatException e) {
                    problems.error(here(), "the cell holds `" + stored.strip() + "` where a number is stored: the workbook"
                            + " is damaged; open it in Excel or LibreOffice and save it again as .xlsx");
                }
            }
        }
    }

    private String sharedString(String stored) {
        try {
            return workbook.strings().getItemAt(Integer.parseInt(stored.strip())).getString();
        } catch (RuntimeException e) {
            problems.error(here(), "the cell refers to text the workbook does not have (shared string `" + stored.strip()
                    + "`): the workbook is damaged; open it in Excel or LibreOffice and save it again as .xlsx");
            return null;
        }
    }

    private void put(Kind kind, String stored) {
        grid.put(new SheetCell(row, column, kind, stored, workbook.format(style)));
    }

    private Location here() {
        return Location.cell(file, grid.name(), row + 1, column + 1);
    }

    private int parsed(String number) throws WorkbookRefused {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            throw damaged("`" + number + "` where a row or style number is stored");
        }
    }

    private WorkbookRefused damaged(String what) {
        return new WorkbookRefused(Location.sheet(file, grid.name()), "the sheet is damaged (" + what
                + "); open the workbook in Excel or LibreOffice and save it again as .xlsx");
    }
}
