package kz.etalon.standard.edit;

import java.util.List;
import java.util.Optional;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML text with its node tree, and where each node sits in the text as char offsets. Only the
 * composer runs (nothing is constructed from a tag), with the same size and alias limits as reading a
 * standard. The composer's marks count code points; offsets here count Java chars, so text outside
 * the Basic Multilingual Plane (an emoji in a name) still splices at the right place.
 */
final class YamlText {

    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    /** As for reading a standard: it nests 6 levels; the composer recurses, so far deeper text would overflow it. */
    static final int MAX_DEPTH = 20;
    static final int MAX_NODES = 100_000;

    final String text;
    final MappingNode root;
    /** Char offset of each code point, or null when every code point is one char. */
    private final int[] charAt;

    private YamlText(String text, MappingNode root, int[] charAt) {
        this.text = text;
        this.root = root;
        this.charAt = charAt;
    }

    static YamlText parse(String text) {
        if (text == null) {
            throw InputException.of(new Location(null, 0, 0), "no text to edit");
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel("standard")
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CODE_POINTS)
                .build();
        Optional<Node> root;
        try {
            withinLimits(text, settings);
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            throw InputException.of(new Location(null, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0)), "YAML syntax: "
                    + String.valueOf(e.getProblem()).replaceAll("\\s+", " ").trim()
                    + "; correct the text before editing it with a form");
        } catch (YamlEngineException e) {
            throw InputException.of(new Location(null, 0, 0), "YAML: " + e.getMessage());
        }
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            throw InputException.of(new Location(null, 1, 0),
                    "the text is not a standard (a mapping starting with `schema: etalon/v1`)");
        }
        int[] offsets = null;
        if (text.codePointCount(0, text.length()) != text.length()) {
            offsets = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
                offsets[cp++] = i;
            }
            offsets[cp] = text.length();
        }
        return new YamlText(text, mapping, offsets);
    }

    /** Refuses text nested deeper or holding more values than any standard, before the composer recurses into it. */
    private static void withinLimits(String text, LoadSettings settings) {
        int depth = 0;
        int nodes = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof CollectionStartEvent) {
                depth++;
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                depth--;
            }
            boolean node = event instanceof CollectionStartEvent || event instanceof ScalarEvent
                    || event.getEventId() == Event.ID.Alias;
            if (depth > MAX_DEPTH || (node && ++nodes > MAX_NODES)) {
                throw InputException.of(new Location(null, event.getStartMark().map(m -> m.getLine() + 1).orElse(0), 0),
                        depth > MAX_DEPTH ? "YAML nested more than " + MAX_DEPTH + " levels deep; a standard needs 6"
                                : "more than " + MAX_NODES + " values; a standard has a few thousand at most");
            }
        }
    }

    private int offset(Mark mark) {
        int index = mark.getIndex();
        return charAt == null ? index : charAt[Math.min(index, charAt.length - 1)];
    }

    /** Char offset where the node starts (for a block mapping: its first key; a block list: its first dash). */
    int start(Node node) {
        return offset(node.getStartMark().orElseThrow());
    }

    /** Char offset just after the node's last character, leaving out trailing comments and line breaks. */
    int end(Node node) {
        if (node instanceof ScalarNode scalar) {
            int end = offset(scalar.getEndMark().orElseThrow());
            if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
                while (end > start(node) && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        if (isFlow(node)) {
            return offset(node.getEndMark().orElseThrow());
        }
        if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = mapping.getValue();
            return end(tuples.get(tuples.size() - 1));
        }
        List<Node> items = ((SequenceNode) node).getValue();
        return end(items.get(items.size() - 1));
    }

    /** Char offset just after an entry's value (after its key when the value is empty: `key:`). */
    int end(NodeTuple tuple) {
        if (isAlias(tuple)) {
            int at = colonAfter(tuple.getKeyNode()) + 1;
            while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            while (at < text.length() && " \t\r\n,]}".indexOf(text.charAt(at)) < 0) {
                at++;
            }
            return at;
        }
        return isEmpty(tuple.getValueNode()) ? end(tuple.getKeyNode()) : end(tuple.getValueNode());
    }

    /** The value is {@code *name}, a YAML alias: its node (and marks) are the anchored value's, earlier in the text. */
    boolean isAlias(NodeTuple tuple) {
        return start(tuple.getValueNode()) < end(tuple.getKeyNode());
    }

    /** A value left out: {@code key:} with nothing after it. */
    static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && scalar.getScalarStyle() == ScalarStyle.PLAIN
                && scalar.getValue().isEmpty();
    }

    /** Offset of the colon after a key. */
    int colonAfter(Node key) {
        return text.indexOf(':', end(key));
    }

    static boolean isFlow(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == FlowStyle.FLOW;
    }

    /** 1-based line of the node's start. */
    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    static Location at(Node node) {
        return new Location(null, line(node), node.getStartMark().map(m -> m.getColumn() + 1).orElse(0));
    }

    int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    /** Offset just after the line break ending the line that holds {@code offset} (the text's end if none). */
    int nextLineStart(int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline + 1;
    }

    boolean onlySpacesBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but spaces and a comment follows {@code offset} on its line. */
    boolean restOfLineIsComment(int offset) {
        int lineEnd = text.indexOf('\n', offset);
        int stop = lineEnd < 0 ? text.length() : lineEnd;
        for (int i = offset; i < stop; i++) {
            char c = text.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Column (in chars from the line's start) of an offset. */
    int column(int offset) {
        return offset - lineStart(offset);
    }

    static Optional<NodeTuple> entry(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) {
                return Optional.of(tuple);
            }
        }
        return Optional.empty();
    }

    static Optional<String> scalar(MappingNode mapping, String key) {
        return entry(mapping, key).map(NodeTuple::getValueNode)
                .filter(ScalarNode.class::isInstance).map(n -> ((ScalarNode) n).getValue());
    }

    String splice(int from, int to, String replacement) {
        return text.substring(0, from) + replacement + text.substring(to);
    }
}
