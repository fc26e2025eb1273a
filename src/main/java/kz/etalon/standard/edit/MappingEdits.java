package kz.etalon.standard.edit;

import java.util.List;
import java.util.Map;
import kz.etalon.problem.InputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Replaces, adds and removes one entry of a mapping, in flow ({@code {a: 1}}) or block style. */
final class MappingEdits {

    /** Spaces a nested block mapping is indented by when the file gives no example. */
    static final int INDENT = 2;

    private MappingEdits() {
    }

    /** The entry's value becomes {@code scalar} (already written as YAML). */
    static String replaceValue(YamlText y, NodeTuple tuple, String scalar) {
        Node value = tuple.getValueNode();
        if (y.isAlias(tuple)) {
            throw InputException.of(YamlText.at(tuple.getKeyNode()), "`" + ((ScalarNode) tuple.getKeyNode()).getValue()
                    + "` takes its value from a YAML alias (`*name`); write the value out in the text, then edit it");
        }
        if (YamlText.isEmpty(value)) {
            int colon = y.colonAfter(tuple.getKeyNode());
            return y.splice(colon + 1, colon + 1, " " + scalar);
        }
        if (value instanceof ScalarNode || YamlText.isFlow(value)) {
            return y.splice(y.start(value), y.end(value), scalar);
        }
        int colon = y.colonAfter(tuple.getKeyNode());
        return y.splice(colon + 1, y.end(value), " " + scalar);
    }

    /** A new entry {@code key: scalar} at the end (flow) or on a new line after {@code after} (block; null = last). */
    static String add(YamlText y, MappingNode mapping, String key, String scalar, NodeTuple after) {
        if (YamlText.isFlow(mapping)) {
            return addFlow(y, mapping, key + ": " + scalar);
        }
        return addBlockLines(y, mapping, after, key + ": " + scalar);
    }

    /** A new entry whose value is a mapping of {@code values} (already written as YAML), in the parent's style. */
    static String addMapping(YamlText y, MappingNode mapping, String key, Map<String, String> values, NodeTuple after) {
        if (YamlText.isFlow(mapping)) {
            return addFlow(y, mapping, key + ": " + flow(values));
        }
        int indent = y.column(y.start(mapping.getValue().get(0).getKeyNode()));
        StringBuilder lines = new StringBuilder(key).append(':');
        values.forEach((k, v) -> lines.append('\n').append(" ".repeat(indent + INDENT)).append(k).append(": ").append(v));
        return addBlockLines(y, mapping, after, lines.toString());
    }

    static String flow(Map<String, String> values) {
        StringBuilder out = new StringBuilder("{");
        values.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(k).append(": ").append(v));
        return out.append('}').toString();
    }

    private static String addFlow(YamlText y, MappingNode mapping, String entry) {
        List<NodeTuple> tuples = mapping.getValue();
        if (tuples.isEmpty()) {
            int close = y.end(mapping) - 1;
            return y.splice(close, close, entry);
        }
        int at = y.end(tuples.get(tuples.size() - 1));
        return y.splice(at, at, ", " + entry);
    }

    /** {@code lines} (the first without indentation) as new lines at the keys' indentation, after {@code after}. */
    private static String addBlockLines(YamlText y, MappingNode mapping, NodeTuple after, String lines) {
        List<NodeTuple> tuples = mapping.getValue();
        NodeTuple previous = after == null ? tuples.get(tuples.size() - 1) : after;
        int indent = y.column(y.start(tuples.get(0).getKeyNode()));
        int at = y.nextLineStart(y.end(previous));
        String lead = at == y.text.length() && !y.text.endsWith("\n") && !y.text.isEmpty() ? "\n" : "";
        String newline = y.text.contains("\r\n") ? "\r\n" : "\n";
        return y.splice(at, at, lead + " ".repeat(indent) + lines.replace("\n", newline) + newline);
    }

    /**
     * The entry gone. In block style its lines go (with a comment at the end of its last line); in flow
     * style its characters and one comma. The caller removes the parent instead when this is the last entry.
     */
    static String remove(YamlText y, MappingNode mapping, NodeTuple tuple) {
        List<NodeTuple> tuples = mapping.getValue();
        int index = tuples.indexOf(tuple);
        int start = y.start(tuple.getKeyNode());
        int end = y.end(tuple);
        if (YamlText.isFlow(mapping)) {
            if (index > 0) {
                return y.splice(y.end(tuples.get(index - 1)), end, "");
            }
            if (tuples.size() > 1) {
                return y.splice(start, y.start(tuples.get(1).getKeyNode()), "");
            }
            return y.splice(start, end, "");
        }
        int lineStart = y.lineStart(start);
        if (y.onlySpacesBetween(lineStart, start) && y.restOfLineIsComment(end)) {
            return y.splice(lineStart, y.nextLineStart(end), "");
        }
        if (index + 1 < tuples.size()) {
            // the first key of a list item (`- key: value`): the next key takes its place after the dash
            return y.splice(start, y.start(tuples.get(index + 1).getKeyNode()), "");
        }
        return y.splice(start, end, "");
    }
}
