package kz.etalon.standard.edit;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Appends and removes one item of a list, in flow ({@code [a, b]}) or block ({@code - a}) style. */
final class SequenceEdits {

    private SequenceEdits() {
    }

    /**
     * A new mapping item of {@code fields} (values already written as YAML: a text, or a map of them) at the
     * end of the list held by {@code holder}, written like the last item there: a flow mapping on one line, or
     * a block mapping at the same indentation.
     */
    static String appendMapping(YamlText y, NodeTuple holder, Map<String, Object> fields) {
        Node value = holder.getValueNode();
        return insertMapping(y, holder, value instanceof SequenceNode list ? list.getValue().size() - 1 : -1, fields);
    }

    /** As {@link #appendMapping}, but right after the item at {@code after} (the end when it is the last). */
    static String insertMapping(YamlText y, NodeTuple holder, int after, Map<String, Object> fields) {
        Node value = holder.getValueNode();
        if (!(value instanceof SequenceNode list) || list.getValue().isEmpty()) {
            String item = flow(fields);
            if (value instanceof SequenceNode empty && YamlText.isFlow(empty)) {
                int close = y.end(empty) - 1;
                return y.splice(close, close, item);
            }
            return MappingEdits.replaceValue(y, holder, "[" + item + "]");
        }
        List<Node> items = list.getValue();
        Node last = items.get(Math.max(0, Math.min(after, items.size() - 1)));
        if (YamlText.isFlow(list)) {
            int at = y.end(last);
            return y.splice(at, at, ", " + flow(fields));
        }
        int dash = dashBefore(y, y.start(last));
        String newline = y.text.contains("\r\n") ? "\r\n" : "\n";
        String indent = " ".repeat(y.column(dash));
        String entry;
        if (last instanceof MappingNode block && !YamlText.isFlow(block)) {
            int keyColumn = y.column(y.start(block.getValue().get(0).getKeyNode()));
            entry = indent + "-" + " ".repeat(Math.max(1, keyColumn - indent.length() - 1))
                    + block(y, block, fields, newline);
        } else {
            entry = indent + "- " + flow(fields);
        }
        int at = y.nextLineStart(y.end(last));
        String lead = at == y.text.length() && !y.text.endsWith("\n") ? newline : "";
        return y.splice(at, at, lead + entry + newline);
    }

    /** A scalar already written as YAML at the end of the list held by {@code holder}, in the list's style. */
    static String appendScalar(YamlText y, NodeTuple holder, String scalar) {
        if (!(holder.getValueNode() instanceof SequenceNode list) || list.getValue().isEmpty()) {
            return MappingEdits.replaceValue(y, holder, "[" + scalar + "]");
        }
        Node last = list.getValue().get(list.getValue().size() - 1);
        if (YamlText.isFlow(list)) {
            int at = y.end(last);
            return y.splice(at, at, ", " + scalar);
        }
        int dash = dashBefore(y, y.start(last));
        String newline = y.text.contains("\r\n") ? "\r\n" : "\n";
        int at = y.nextLineStart(y.end(last));
        String lead = at == y.text.length() && !y.text.endsWith("\n") ? newline : "";
        return y.splice(at, at, lead + " ".repeat(y.column(dash)) + "- " + scalar + newline);
    }

    /** The item's own characters gone: its lines (block), or it and one comma (flow); an emptied list becomes {@code []}. */
    static String remove(YamlText y, NodeTuple holder, SequenceNode list, int index) {
        List<Node> items = list.getValue();
        Node item = items.get(index);
        if (items.size() == 1 && YamlText.isFlow(list)) {
            return y.splice(y.start(item), y.end(item), "");
        }
        if (items.size() == 1) {
            int dash = dashBefore(y, y.start(item));
            int lineStart = y.lineStart(dash);
            int end = y.end(item);
            if (!y.onlySpacesBetween(lineStart, dash) || !y.restOfLineIsComment(end)) {
                return MappingEdits.replaceValue(y, holder, "[]");
            }
            // its lines go, comment lines around it stay, and the key says the list is empty
            String withoutItem = y.splice(lineStart, y.nextLineStart(end), "");
            int colon = y.colonAfter(holder.getKeyNode());
            return withoutItem.substring(0, colon + 1) + " []" + withoutItem.substring(colon + 1);
        }
        if (YamlText.isFlow(list)) {
            if (index > 0) {
                return y.splice(y.end(items.get(index - 1)), y.end(item), "");
            }
            return y.splice(y.start(item), y.start(items.get(1)), "");
        }
        int dash = dashBefore(y, y.start(item));
        int lineStart = y.lineStart(dash);
        int end = y.end(item);
        if (y.onlySpacesBetween(lineStart, dash) && y.restOfLineIsComment(end)) {
            return y.splice(lineStart, y.nextLineStart(end), "");
        }
        return y.splice(dash, index + 1 < items.size() ? dashBefore(y, y.start(items.get(index + 1))) : end, "");
    }

    private static int dashBefore(YamlText y, int start) {
        int at = start - 1;
        while (at >= 0 && (y.text.charAt(at) == ' ' || y.text.charAt(at) == '\t' || y.text.charAt(at) == '\n'
                || y.text.charAt(at) == '\r')) {
            at--;
        }
        return at >= 0 && y.text.charAt(at) == '-' ? at : start;
    }

    @SuppressWarnings("unchecked")
    static String flow(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("{");
        fields.forEach((key, value) -> out.append(out.length() > 1 ? ", " : "").append(key).append(": ")
                .append(value instanceof Map<?, ?> map ? MappingEdits.flow((Map<String, String>) map) : value));
        return out.append('}').toString();
    }

    /** Block lines after the dash, keys at the column of the sibling's keys, nested maps as the sibling nests them. */
    @SuppressWarnings("unchecked")
    private static String block(YamlText y, MappingNode sibling, Map<String, Object> fields, String newline) {
        int keyColumn = y.column(y.start(sibling.getValue().get(0).getKeyNode()));
        int nested = MappingEdits.INDENT;
        for (NodeTuple tuple : sibling.getValue()) {
            if (tuple.getValueNode() instanceof MappingNode map && !YamlText.isFlow(map) && !map.getValue().isEmpty()) {
                nested = y.column(y.start(map.getValue().get(0).getKeyNode())) - y.column(y.start(tuple.getKeyNode()));
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        String pad = " ".repeat(keyColumn);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (out.length() > 0) {
                out.append(newline).append(pad);
            }
            out.append(field.getKey()).append(':');
            if (field.getValue() instanceof Map<?, ?> map) {
                for (Map.Entry<String, String> inner : ((Map<String, String>) map).entrySet()) {
                    out.append(newline).append(" ".repeat(keyColumn + nested)).append(inner.getKey()).append(": ")
                            .append(inner.getValue());
                }
            } else {
                out.append(' ').append(field.getValue());
            }
        }
        return out.toString();
    }
}
