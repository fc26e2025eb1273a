package kz.etalon.standard.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Two texts line by line, for showing them side by side (a conflict, a version against the one before).
 * Myers' O(ND) difference on the lines between the common start and end; a line deleted and directly
 * replaced by an inserted one is one CHANGED row. Texts so different that the search would need more
 * than {@link #MAX_TRACE} cells show their differing middle as deleted and then inserted.
 */
public final class LineDiff {

    /** Cells of the search's trace kept at most (about 80 MB of ints would be far beyond any standard). */
    static final long MAX_TRACE = 20_000_000L;

    public enum Kind { SAME, CHANGED, ONLY_LEFT, ONLY_RIGHT }

    /** One row of the side-by-side view; line numbers 1-based, 0 (and an empty text) where a side has no line. */
    public record Row(Kind kind, int leftLine, String left, int rightLine, String right) {
    }

    private enum Op { SAME, DELETE, INSERT }

    private LineDiff() {
    }

    public static List<Row> of(String left, String right) {
        List<String> a = left == null ? List.of() : left.lines().toList();
        List<String> b = right == null ? List.of() : right.lines().toList();
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> middleA = a.subList(prefix, a.size() - suffix);
        List<String> middleB = b.subList(prefix, b.size() - suffix);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(Op.SAME);
        }
        ops.addAll(middle(middleA, middleB));
        for (int i = 0; i < suffix; i++) {
            ops.add(Op.SAME);
        }
        return rows(a, b, ops);
    }

    private static List<Op> middle(List<String> a, List<String> b) {
        List<Op> ops = myers(a, b);
        if (ops != null) {
            return ops;
        }
        List<Op> apart = new ArrayList<>();
        a.forEach(line -> apart.add(Op.DELETE));
        b.forEach(line -> apart.add(Op.INSERT));
        return apart;
    }

    /** The shortest edit script, or null when finding it would need more than {@link #MAX_TRACE} cells. */
    private static List<Op> myers(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        long cells = 0;
        for (int d = 0; d <= max; d++) {
            cells += v.length;
            if (cells > MAX_TRACE) {
                return null;
            }
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[offset + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m, offset);
                }
            }
        }
        throw new IllegalStateException("no edit script within n + m steps");
    }

    private static List<Op> backtrack(List<int[]> trace, int n, int m, int offset) {
        List<Op> reversed = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            int previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : v[offset + previousK];
            int previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(Op.SAME);
                x--;
                y--;
            }
            if (d > 0) {
                reversed.add(x == previousX ? Op.INSERT : Op.DELETE);
            }
            x = previousX;
            y = previousY;
        }
        List<Op> ops = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            ops.add(reversed.get(i));
        }
        return ops;
    }

    /** Rows from the edit script: deletions and insertions between two equal lines pair up as CHANGED. */
    private static List<Row> rows(List<String> a, List<String> b, List<Op> ops) {
        List<Row> rows = new ArrayList<>();
        int x = 0;
        int y = 0;
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i) == Op.SAME) {
                rows.add(new Row(Kind.SAME, x + 1, a.get(x), y + 1, b.get(y)));
                x++;
                y++;
                i++;
                continue;
            }
            int deleted = 0;
            int inserted = 0;
            while (i < ops.size() && ops.get(i) != Op.SAME) {
                if (ops.get(i) == Op.DELETE) {
                    deleted++;
                } else {
                    inserted++;
                }
                i++;
            }
            int paired = Math.min(deleted, inserted);
            for (int p = 0; p < paired; p++) {
                rows.add(new Row(Kind.CHANGED, x + p + 1, a.get(x + p), y + p + 1, b.get(y + p)));
            }
            for (int p = paired; p < deleted; p++) {
                rows.add(new Row(Kind.ONLY_LEFT, x + p + 1, a.get(x + p), 0, ""));
            }
            for (int p = paired; p < inserted; p++) {
                rows.add(new Row(Kind.ONLY_RIGHT, 0, "", y + p + 1, b.get(y + p)));
            }
            x += deleted;
            y += inserted;
        }
        return rows;
    }
}
