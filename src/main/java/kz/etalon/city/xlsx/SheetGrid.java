package kz.etalon.city.xlsx;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The cells of one sheet that hold a value, by row and column (both from 0). Only the cells of one sheet
 * are held at a time, and never more of them than the reader's limit.
 */
final class SheetGrid {

    private final String name;
    private final NavigableMap<Integer, NavigableMap<Integer, SheetCell>> rows = new TreeMap<>();

    SheetGrid(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    private int size;

    void put(SheetCell cell) {
        if (rows.computeIfAbsent(cell.row(), r -> new TreeMap<>()).put(cell.column(), cell) == null) {
            size++;
        }
    }

    /** How many cells hold a value. */
    int size() {
        return size;
    }

    /** The first row that holds a value. */
    Optional<Integer> headerRow() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.firstKey());
    }

    /** The numbers of the rows after {@code row} that hold a value, top to bottom. */
    Collection<Integer> rowsAfter(int row) {
        return rows.tailMap(row, false).keySet();
    }

    /** The cells of a row, left to right. */
    List<SheetCell> cellsOf(int row) {
        return List.copyOf(rows.getOrDefault(row, new TreeMap<>()).values());
    }

    /** The cell at {@code row, column}, or null when it holds nothing. */
    SheetCell cell(int row, int column) {
        Map<Integer, SheetCell> cells = rows.get(row);
        return cells == null ? null : cells.get(column);
    }
}
