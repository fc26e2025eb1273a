package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.etalon.analysis.Change;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
import kz.etalon.standard.Band;
import kz.etalon.standard.Standard;

/** What changed between two standards, as text (grouped by what it concerns) or JSON. */
public final class DiffReport {

    private DiffReport() {
    }

    public static String text(Standard a, Standard b, List<Change> changes, String language) {
        Messages m = Messages.of(language);
        ChangeText words = new ChangeText(m);
        StringBuilder out = new StringBuilder();
        out.append(a.id()).append(" (").append(a.file()).append(") -> ").append(b.id()).append(" (").append(b.file())
                .append("): ").append(m.get(changes.size() == 1 ? "diff.change" : "diff.changes", changes.size())).append('\n');
        section(out, words, m, a, b, m.get("diff.scoring"), changes, "RULES", "SCALE", "ROUNDING", "MISSING", "BANDS", "FACTOR",
                "MAX_SCORE", "TIE_BREAK");
        section(out, words, m, a, b, m.get("diff.groups"), changes, "GROUP");
        section(out, words, m, a, b, m.get("diff.areas"), changes, "AREA");
        section(out, words, m, a, b, m.get("diff.indicators"), changes, "INDICATOR", "METHOD", "TARGET", "DIRECTION");
        return out.toString();
    }

    private static void section(StringBuilder out, ChangeText words, Messages m, Standard a, Standard b, String title,
                                List<Change> changes, String... prefixes) {
        List<Change> mine = changes.stream()
                .filter(change -> List.of(prefixes).stream().anyMatch(prefix -> change.kind().name().startsWith(prefix)))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(mine.size()).append(")\n");
        TextTable table = new TextTable(List.of("", "", "", ""), List.of(false, false, false, false));
        Change bands = null;
        for (Change change : mine) {
            boolean isBands = change.kind() == Change.Kind.BANDS_CHANGED;
            bands = isBands ? change : bands;
            table.add(List.of("  " + sign(change.kind()), isBands ? m.get("diff.bands") : words.describe(change),
                    line(change.before()), line(change.after())));
        }
        out.append(table.body());
        if (bands != null) {
            out.append('\n').append(bandTable(m, a.id(), b.id(), bands(bands.details().get(0)), bands(bands.details().get(1))));
        }
    }

    /** The bands of both sides by the points they give: a row per number of points, its range of group averages on each side. */
    private static String bandTable(Messages m, String before, String after, List<Band> a, List<Band> b) {
        java.util.SortedMap<Integer, String[]> byPoints = new java.util.TreeMap<>();
        for (int side = 0; side < 2; side++) {
            for (Band band : side == 0 ? a : b) {
                String[] ranges = byPoints.computeIfAbsent(band.points(), points -> new String[] {"-", "-"});
                String range = m.plain(band.min()) + "–" + m.plain(band.max());
                ranges[side] = ranges[side].equals("-") ? range : ranges[side] + ", " + range;
            }
        }
        TextTable table = new TextTable(List.of("    " + m.get("diff.bands.points"), before, after), List.of(true, false, false));
        byPoints.forEach((points, ranges) -> table.add(List.of(String.valueOf(points), ranges[0], ranges[1])));
        return table.render();
    }

    private static List<Band> bands(Object detail) {
        return ((List<?>) detail).stream().map(Band.class::cast).toList();
    }

    private static String sign(Change.Kind kind) {
        String name = kind.name();
        return name.endsWith("_ADDED") ? "+" : name.endsWith("_REMOVED") ? "-" : "~";
    }

    static String line(Location where) {
        return where.line() > 0 ? where.file().getFileName() + ":" + where.line() : "-";
    }

    public static String json(Standard a, Standard b, List<Change> changes) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("before", side(a));
        root.set("after", side(b));
        ArrayNode list = root.putArray("changes");
        changes.forEach(change -> list.add(change(change)));
        return Json.write(root);
    }

    static ObjectNode change(Change change) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("kind", change.kind().key());
        node.put("subject", change.subject());
        node.put("description", ChangeText.english(change));
        node.set("before", where(change.before()));
        node.set("after", where(change.after()));
        if (change.kind() == Change.Kind.BANDS_CHANGED) {
            ObjectNode bands = node.putObject("bands");
            bands.set("before", bandsJson(bands(change.details().get(0))));
            bands.set("after", bandsJson(bands(change.details().get(1))));
        }
        return node;
    }

    private static ArrayNode bandsJson(List<Band> bands) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        bands.forEach(band -> list.addObject().put("min", band.min()).put("max", band.max()).put("points", band.points()));
        return list;
    }

    private static ObjectNode side(Standard standard) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("standard", standard.id());
        node.put("file", String.valueOf(standard.file()));
        return node;
    }

    private static ObjectNode where(Location location) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("file", String.valueOf(location.file()));
        if (location.line() > 0) {
            node.put("line", location.line());
        } else {
            node.putNull("line");
        }
        return node;
    }
}
