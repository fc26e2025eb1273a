package kz.etalon.standard;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.BoundedRead;
import kz.etalon.problem.Location;
import kz.etalon.problem.PlainText;
import kz.etalon.problem.Problems;
import kz.etalon.problem.TextBytes;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML file into a node tree that keeps line and column of every value. Only the composer
 * runs: no object is ever constructed from a tag. Before it runs, a pass over the parser's events
 * (iterative, so it cannot overflow the stack) refuses explicit type tags, more than a few aliases
 * and nesting deeper than any standard needs; size is limited before anything is parsed.
 */
final class YamlSource {

    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    /** A standard nests 6 levels (areas, an area, indicators, an indicator, its name); 20 leaves room. */
    static final int MAX_DEPTH = 20;
    /** The shipped standards have about 2,000 values (scalars, lists and mappings); 100,000 leaves room. */
    static final int MAX_NODES = 100_000;
    /** Explicit tags that only restate what plain YAML means; any other tag is refused. */
    private static final Set<String> PLAIN_TAGS = Set.of("!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq",
            "tag:yaml.org,2002:map");

    private YamlSource() {
    }

    /** The root node, or empty after reporting why the file could not be read. */
    static Optional<Node> read(Path file, Problems problems) {
        Location whole = Location.of(file);
        String text;
        try {
            byte[] bytes = BoundedRead.bytes(file, MAX_BYTES);
            Optional<String> decoded = TextBytes.utf8(bytes);
            if (decoded.isEmpty()) {
                problems.error(TextBytes.hasUtf16Bom(bytes) ? whole : whole.atLine(TextBytes.firstNonUtf8Line(bytes)),
                        (TextBytes.hasUtf16Bom(bytes) ? "UTF-16 text, not UTF-8" : "not UTF-8 text (perhaps Windows-1251)")
                        + "; a standard is UTF-8: save it with encoding UTF-8 (in VS Code: the encoding in the status bar"
                        + " > Save with Encoding > UTF-8; in Notepad: Save As > Encoding: UTF-8)");
                return Optional.empty();
            }
            text = decoded.get();
        } catch (BoundedRead.TooLarge e) {
            problems.error(whole, "file is larger than " + e.shown() + "; a standard is a few hundred kilobytes at most");
            return Optional.empty();
        } catch (NoSuchFileException e) {
            problems.error(whole, "no such file");
            return Optional.empty();
        } catch (IOException e) {
            problems.error(whole, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit((int) MAX_BYTES)
                .build();
        try {
            if (!withinLimits(file, text, settings, problems)) {
                return Optional.empty();
            }
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                problems.error(whole, "the file is empty; a standard starts with `schema: etalon/v1`");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            YamlSyntax.Said said = YamlSyntax.describe(file, text, e);
            problems.error(said.at(), said.message());
        } catch (ReaderException e) {
            problems.error(atCodePoint(file, text, e.getPosition()), "YAML: character " + String.format(java.util.Locale.ROOT,
                    "U+%04X", e.getCodePoint()) + " is not allowed in YAML (a control character); delete it");
        } catch (YamlEngineException e) {
            problems.error(whole, "YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Walks the parser's events: no explicit tag other than the plain ones, at most {@link #MAX_ALIASES}
     * aliases (a "billion laughs" file fails here, before anything is expanded), at most
     * {@link #MAX_DEPTH} levels of nesting (the composer recurses, so deep nesting would overflow its
     * stack), at most {@link #MAX_NODES} values (the node tree costs far more than the bytes: one long
     * flow list within the byte limit took 1.5 GB), no list or mapping used as a key, and no control or
     * escape character in a value (one in a name would reach the terminal and could rewrite it).
     */
    private static boolean withinLimits(Path file, String text, LoadSettings settings, Problems problems) {
        int aliases = 0;
        int nodes = 0;
        boolean ok = true;
        // per open collection: whether it is a mapping whose next node is a key
        java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>();
        for (Event event : new Parse(settings).parseString(text)) {
            Optional<String> tag = Optional.empty();
            boolean isNode = event instanceof CollectionStartEvent || event instanceof ScalarEvent
                    || event.getEventId() == Event.ID.Alias;
            if (isNode && ++nodes > MAX_NODES) {
                problems.error(at(file, event.getStartMark()), "more than " + MAX_NODES + " values; a standard has a few"
                        + " thousand at most: this file is not a standard, or it repeats a list far beyond what one needs");
                return false;
            }
            if (isNode && !open.isEmpty() && open.peek()[0]) {
                if (event instanceof CollectionStartEvent) {
                    problems.error(at(file, event.getStartMark()), "a " + (event.getEventId() == Event.ID.MappingStart
                            ? "mapping" : "list") + " is used as a key; a key is a plain name: write `name: value`");
                    return false;
                }
            }
            if (isNode && !open.isEmpty() && open.peek()[1]) {
                open.peek()[0] = !open.peek()[0];
            }
            if (event instanceof CollectionStartEvent start) {
                tag = start.getTag();
                boolean mapping = event.getEventId() == Event.ID.MappingStart;
                open.push(new boolean[] {mapping, mapping});
                if (open.size() > MAX_DEPTH) {
                    problems.error(at(file, event.getStartMark()), "YAML nested more than " + MAX_DEPTH
                            + " levels deep; a standard needs 6 (areas > area > indicators > indicator > name)");
                    return false;
                }
            } else if (event instanceof ScalarEvent scalar) {
                tag = scalar.getTag();
                int control = PlainText.firstControl(scalar.getValue());
                if (control >= 0) {
                    problems.error(at(file, event.getStartMark()), "the value holds the control character "
                            + PlainText.codePoint(scalar.getValue(), control)
                            + " (written as an escape such as `\\e` or `\\x1b`); names and texts are plain text: delete it");
                    ok = false;
                }
            } else if (event.getEventId() == Event.ID.SequenceEnd || event.getEventId() == Event.ID.MappingEnd) {
                open.pop();
            } else if (event.getEventId() == Event.ID.Alias && ++aliases > MAX_ALIASES) {
                problems.error(at(file, event.getStartMark()), "more than " + MAX_ALIASES
                        + " YAML aliases (`*name`); a standard needs none, and expanding many can exhaust memory "
                        + "(\"billion laughs\"): write the values out");
                return false;
            }
            if (tag.isPresent() && !PLAIN_TAGS.contains(tag.get())) {
                problems.error(at(file, event.getStartMark()), "YAML tag `" + shortTag(tag.get())
                        + "` is not allowed: a standard is plain data; remove the tag");
                ok = false;
            }
        }
        return ok;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    /** Line and column of the code point at {@code position}, counted from 0. */
    private static Location atCodePoint(Path file, String text, int position) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int seen = 0; seen < position && index < text.length(); seen++) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(file, line, column);
    }

    static Location at(Path file, Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(Location.of(file));
    }

    static Location at(Path file, Node node) {
        return at(file, node.getStartMark());
    }
}
