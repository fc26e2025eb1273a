package kz.etalon.standard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The keys of one YAML mapping, read with their locations. Duplicate and unknown keys are reported
 * when the mapping is opened; a value of the wrong type is reported when it is read, and reading
 * goes on so that every problem in the file is found in one pass.
 */
final class YamlFields {

    /** Numbers in a standard have at most this many digits on either side of the decimal point. */
    static final int MAX_DIGITS = 15;

    private final Path file;
    private final Problems problems;
    private final Node node;
    private final String what;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private YamlFields(Path file, Problems problems, Node node, String what) {
        this.file = file;
        this.problems = problems;
        this.node = node;
        this.what = what;
    }

    /** Opens {@code node} as a mapping with the given keys; empty (and reported) if it is not one. */
    static Optional<YamlFields> open(Path file, Problems problems, Node node, String what, Set<String> allowed) {
        return open(file, problems, node, what, allowed, false);
    }

    /**
     * Opens a mapping of texts by language. In {@code {en: Services online, percent}} YAML reads
     * {@code percent} as a second key with no value: that is a warning about the quoting, not an error.
     */
    static Optional<YamlFields> openText(Path file, Problems problems, Node node, String what, Set<String> languages) {
        return open(file, problems, node, what, languages, true);
    }

    private static Optional<YamlFields> open(Path file, Problems problems, Node node, String what, Set<String> allowed,
                                             boolean commaInText) {
        if (!(node instanceof MappingNode mapping)) {
            problems.error(YamlSource.at(file, node), what + " should be a mapping of `key: value`, found "
                    + kind(node));
            return Optional.empty();
        }
        YamlFields fields = new YamlFields(file, problems, node, what);
        NodeTuple previous = null;
        for (NodeTuple tuple : mapping.getValue()) {
            NodeTuple before = previous;
            previous = tuple;
            Node keyNode = tuple.getKeyNode();
            Location keyAt = YamlSource.at(file, keyNode);
            if (!(keyNode instanceof ScalarNode scalar)) {
                problems.error(keyAt, "a key in " + what + " should be a plain name");
                continue;
            }
            String key = scalar.getValue();
            if (fields.values.containsKey(key)) {
                problems.error(keyAt, "duplicate key `" + key + "` in " + what + " (first at line "
                        + YamlSource.at(file, fields.keys.get(key)).line() + "); keep one");
                continue;
            }
            if (!allowed.contains(key) && commaInText && isNull(tuple.getValueNode())) {
                problems.warning(keyAt, "`" + key + "` reads as a key with no value, not as part of " + what
                        + ": in flow style `{...}` a comma ends the text; put the whole text in quotes, e.g. `en: \"..., "
                        + key + "\"`");
                continue;
            }
            if (!allowed.contains(key) && decimalComma(before, key, tuple.getValueNode())) {
                String name = ((ScalarNode) before.getKeyNode()).getValue();
                String whole = ((ScalarNode) before.getValueNode()).getValue();
                problems.error(keyAt, "`" + name + ": " + whole + "," + key + "` reads as `" + name + ": " + whole
                        + "` and a key `" + key + "`: use a decimal point: " + whole + "." + key);
                continue;
            }
            if (!allowed.contains(key)) {
                problems.error(keyAt, "unknown key `" + key + "` in " + what + Hints.didYouMean(key, allowed)
                        + (Hints.closest(key, allowed).isEmpty() ? "; known keys: " + String.join(", ", sorted(allowed)) : ""));
                continue;
            }
            fields.values.put(key, tuple.getValueNode());
            fields.keys.put(key, keyNode);
        }
        return Optional.of(fields);
    }

    /** {@code target: 100,5} in flow style: a whole number, then digits read as a key with no value. */
    private static boolean decimalComma(NodeTuple previous, String key, Node value) {
        return previous != null && key.matches("[0-9]+") && isNull(value)
                && previous.getValueNode() instanceof ScalarNode number && number.getTag().equals(Tag.INT)
                && previous.getKeyNode() instanceof ScalarNode;
    }

    Location at() {
        return YamlSource.at(file, node);
    }

    /** Where the value of {@code key} is, or where the mapping is when the key is absent. */
    Location at(String key) {
        Node value = values.get(key);
        return value == null ? at() : YamlSource.at(file, value);
    }

    /** Where each key's value is, by {@code prefix + key} (e.g. {@code scoring.bands}). */
    Map<String, Location> locations(String prefix) {
        Map<String, Location> where = new LinkedHashMap<>();
        values.forEach((key, value) -> where.put(prefix + key, YamlSource.at(file, value)));
        return where;
    }

    /** The keys present with a value. */
    Set<String> keys() {
        Set<String> present = new java.util.LinkedHashSet<>();
        values.forEach((key, value) -> {
            if (!isNull(value)) {
                present.add(key);
            }
        });
        return present;
    }

    boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    Optional<Node> node(String key, boolean required) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            if (required) {
                problems.error(value == null ? at() : YamlSource.at(file, value),
                        "missing key `" + key + "` in " + what);
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<String> text(String key, boolean required) {
        return node(key, required).flatMap(value -> text(value, "`" + key + "`"));
    }

    Optional<String> text(Node value, String label) {
        if (value instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.error(YamlSource.at(file, value), label + " in " + what + " should be a single value, found " + kind(value));
        return Optional.empty();
    }

    Optional<BigDecimal> number(String key, boolean required) {
        return node(key, required).flatMap(value -> number(value, "`" + key + "`"));
    }

    Optional<BigDecimal> number(Node value, String label) {
        if (value instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                BigDecimal number = new BigDecimal(scalar.getValue());
                if (number.signum() != 0 && (number.precision() - number.scale() > MAX_DIGITS
                        || number.stripTrailingZeros().scale() > MAX_DIGITS)) {
                    // 1e999999999 is a valid YAML float, and printing it would fill the memory
                    problems.error(YamlSource.at(file, value), label + " in " + what + " is out of range: write at most "
                            + MAX_DIGITS + " digits before and " + MAX_DIGITS + " after the decimal point");
                    return Optional.empty();
                }
                return Optional.of(number);
            } catch (NumberFormatException e) {
                // YAML also allows 0x1F, .inf and .nan: none of them is a percentage or a factor
            }
        }
        String found = value instanceof ScalarNode scalar ? "`" + scalar.getValue() + "`" : kind(value);
        problems.error(YamlSource.at(file, value), label + " in " + what + " should be a number, found " + found
                + " (write decimals with a point, without quotes)");
        return Optional.empty();
    }

    Optional<Integer> integer(String key, boolean required) {
        return number(key, required).flatMap(value -> {
            try {
                return Optional.of(value.intValueExact());
            } catch (ArithmeticException e) {
                problems.error(at(key), "`" + key + "` in " + what + " should be a whole number, found " + value.toPlainString());
                return Optional.empty();
            }
        });
    }

    /** The items of a sequence value; an absent optional key gives an empty list. */
    List<Node> list(String key, boolean required) {
        Optional<Node> value = node(key, required);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.error(at(key), "`" + key + "` in " + what + " should be a list, e.g. `" + key + ": [a, b]`, found "
                + kind(value.get()));
        return List.of();
    }

    List<String> textList(String key, boolean required) {
        List<String> items = new ArrayList<>();
        for (Node item : list(key, required)) {
            text(item, "an item of `" + key + "`").ifPresent(items::add);
        }
        return items;
    }

    Optional<YamlFields> fields(String key, boolean required, String innerWhat, Set<String> allowed) {
        return node(key, required).flatMap(value -> open(file, problems, value, innerWhat, allowed));
    }

    /** The keys and values of a mapping of free names, e.g. {@code factors: {K1: 1, K2: 2}}, in file order. */
    Map<String, Node> entries(String key, boolean required) {
        Map<String, Node> entries = new LinkedHashMap<>();
        node(key, required).ifPresent(value -> {
            if (!(value instanceof MappingNode mapping)) {
                problems.error(YamlSource.at(file, value), "`" + key + "` in " + what
                        + " should be a mapping of `name: value`, found " + kind(value));
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                Location keyAt = YamlSource.at(file, tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode scalar)) {
                    problems.error(keyAt, "a name in `" + key + "` should be plain text");
                } else if (entries.containsKey(scalar.getValue())) {
                    problems.error(keyAt, "duplicate name `" + scalar.getValue() + "` in `" + key + "`; keep one");
                } else {
                    entries.put(scalar.getValue(), tuple.getValueNode());
                }
            }
        });
        return entries;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }

    private static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? "nothing" : "`" + scalar.getValue() + "`";
        }
        return "an alias";
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
