package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kz.etalon.analysis.Change;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
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
        section(out, words, m.get("diff.scoring"), changes, "RULES", "SCALE", "ROUNDING", "MISSING", "BANDS", "FACTOR",
                "MAX_SCORE", "TIE_BREAK");
        section(out, words, m.get("diff.groups"), changes, "GROUP");
        section(out, words, m.get("diff.areas"), changes, "AREA");
        section(out, words, m.get("diff.indicators"), changes, "INDICATOR", "METHOD", "TARGET", "DIRECTION");
        return out.toString();
    }

    private static void section(StringBuilder out, ChangeText words, String title, List<Change> changes,
                                String... prefixes) {
        List<Change> mine = changes.stream()
                .filter(change -> List.of(prefixes).stream().anyMatch(prefix -> change.kind().name().startsWith(prefix)))
                .toList();
        if (mine.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(" (").append(mine.size()).append(")\n");
        TextTable table = new TextTable(List.of("", "", "", ""), List.of(false, false, false, false));
        for (Change change : mine) {
            table.add(List.of("  " + sign(change.kind()), words.describe(change), line(change.before()), line(change.after())));
        }
        out.append(table.body());
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
        return node;
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
