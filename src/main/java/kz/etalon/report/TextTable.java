package kz.etalon.report;

import java.util.ArrayList;
import java.util.List;

/** Columns padded to their widest cell; numeric columns aligned right. */
final class TextTable {

    private final List<String> header;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> header, List<Boolean> rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned;
    }

    void add(List<String> row) {
        rows.add(row);
    }

    /** The rows without the header line, for tables whose columns need no titles. */
    String body() {
        String all = render();
        return all.substring(all.indexOf('\n') + 1);
    }

    String render() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).codePointCount(0, row.get(i).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - cell.codePointCount(0, cell.length()));
                boolean right = i < rightAligned.size() ? rightAligned.get(i) : true;
                line.append(i == 0 ? "" : "  ").append(right ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
