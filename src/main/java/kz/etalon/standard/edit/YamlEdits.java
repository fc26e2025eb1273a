package kz.etalon.standard.edit;

import java.util.Optional;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Edits of a standard's YAML text in place: only the edited value's characters change; every comment,
 * blank line, quoting style and flow/block layout elsewhere is kept. Each method returns the new text or
 * throws {@link InputException} (a location with the line) when what it edits is not there.
 */
public final class YamlEdits {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private YamlEdits() {
    }

    /**
     * Sets a top-level scalar ({@code id}, {@code year}, {@code status}, {@code based_on}...): replaced in
     * place, or inserted as a new line after the {@code year:} line (else after {@code id:}); null removes it.
     */
    public static String setTop(String text, String key, String value) {
        YamlText y = YamlText.parse(text);
        if (key == null || !KEY.matcher(key).matches()) {
            throw InputException.of(new Location(null, 1, 0), "`" + key + "` is not a top-level key of a standard");
        }
        Optional<NodeTuple> existing = YamlText.entry(y.root, key);
        if (value == null) {
            return existing.map(tuple -> MappingEdits.remove(y, y.root, tuple)).orElse(text);
        }
        if (existing.isPresent()) {
            Node node = existing.get().getValueNode();
            if (!(node instanceof ScalarNode scalar)) {
                throw InputException.of(YamlText.at(node), "`" + key + "` holds a "
                        + (node instanceof org.snakeyaml.engine.v2.nodes.MappingNode ? "mapping" : "list")
                        + ", not one value; edit it in the text");
            }
            return MappingEdits.replaceValue(y, existing.get(), topScalar(key, value, YamlText.at(node), scalar));
        }
        NodeTuple after = YamlText.entry(y.root, "year").or(() -> YamlText.entry(y.root, "id")).orElse(null);
        return MappingEdits.add(y, y.root, key, topScalar(key, value, YamlText.at(y.root), null), after);
    }

    private static String topScalar(String key, String value, Location where, ScalarNode existing) {
        if (key.equals("year")) {
            String year = Scalars.number(key, value, where);
            if (year.contains(".")) {
                throw InputException.of(where, "`year` should be a whole number such as 2027, not `" + value + "`");
            }
            return year;
        }
        return Scalars.text(value, existing == null ? null : existing.getScalarStyle());
    }
}
