package kz.etalon.standard.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
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
    /** What the forms set on an indicator; a dotted field is one language of a text by language. */
    static final List<String> INDICATOR_FIELDS = List.of("method", "target", "better", "unit", "provenance", "source",
            "name.en", "name.ru", "name.kk", "unit.en", "unit.ru", "unit.kk", "source.en", "source.ru", "source.kk");
    /** Fields that may hold one text or a text by language: setting one text replaces the map. */
    private static final Set<String> TEXT_OR_MAP = Set.of("unit", "source");
    private static final Set<String> NUMBERS = Set.of("target", "min", "max");

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
                        + (node instanceof MappingNode ? "mapping" : "list")
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

    /**
     * Sets one field of an indicator ({@link #INDICATOR_FIELDS}); a null or blank value removes the key
     * (a text by language left empty goes with its last language).
     */
    public static String setIndicator(String text, String indicatorId, String field, String value) {
        YamlText y = YamlText.parse(text);
        StandardNodes.Item item = StandardNodes.indicator(y, indicatorId);
        if (field == null || !INDICATOR_FIELDS.contains(field)) {
            throw InputException.of(YamlText.at(item.mapping()), "an indicator has no field `" + field + "`; fields: "
                    + String.join(", ", INDICATOR_FIELDS));
        }
        return setField(y, item.mapping(), field, blankToNull(value));
    }

    /**
     * A new indicator at the end of the area's {@code indicators}, written like its siblings (a flow mapping on
     * one line, or a block mapping). Keys: {@code id} (required, new in the standard) and {@link #INDICATOR_FIELDS};
     * blank values are left out.
     */
    public static String addIndicator(String text, String areaId, LinkedHashMap<String, String> fields) {
        YamlText y = YamlText.parse(text);
        MappingNode area = V2Nodes.declared(y) ? V2Nodes.leaf(y, areaId) : StandardNodes.area(y, areaId);
        Location where = YamlText.at(area);
        if (fields == null) {
            fields = new LinkedHashMap<>();
        }
        List<String> unknown = fields.keySet().stream().filter(k -> !k.equals("id") && !INDICATOR_FIELDS.contains(k)).toList();
        if (!unknown.isEmpty()) {
            throw InputException.of(where, "an indicator has no field " + String.join(", ", unknown.stream()
                    .map(k -> "`" + k + "`").toList()) + "; fields: id, " + String.join(", ", INDICATOR_FIELDS));
        }
        String id = blankToNull(fields.get("id"));
        if (id == null) {
            throw InputException.of(where, "a new indicator needs an `id`, such as " + areaId + ".11");
        }
        StandardNodes.findIndicator(y, id).ifPresent(existing -> {
            throw InputException.of(YamlText.at(existing.mapping()), "indicator `" + id + "` already exists (line "
                    + YamlText.line(existing.mapping()) + "); choose another id");
        });
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("id", Scalars.text(id, null));
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = blankToNull(field.getValue());
            if (value == null || field.getKey().equals("id")) {
                continue;
            }
            String[] path = field.getKey().split("\\.");
            String scalar = scalar(path[0], value, where, null);
            if (path.length == 1) {
                written.put(path[0], scalar);
            } else {
                Object map = written.get(path[0]);
                @SuppressWarnings("unchecked")
                Map<String, String> byLanguage = map instanceof Map<?, ?> m ? (Map<String, String>) m : new LinkedHashMap<>();
                byLanguage.put(path[1], scalar);
                written.put(path[0], byLanguage);
            }
        }
        if (V2Nodes.declared(y)) {
            return V2Edits.addIndicator(y, area, id, written);
        }
        Optional<NodeTuple> indicators = StandardNodes.indicatorsEntry(area);
        if (indicators.isEmpty()) {
            return MappingEdits.add(y, area, "indicators", "[" + SequenceEdits.flow(written) + "]", null);
        }
        return SequenceEdits.appendMapping(y, indicators.get(), written);
    }

    /** Removes the indicator's whole entry and only it: its lines (block list) or its characters and one comma (flow). */
    public static String removeIndicator(String text, String indicatorId) {
        YamlText y = YamlText.parse(text);
        StandardNodes.Item item = StandardNodes.indicator(y, indicatorId);
        String removed = SequenceEdits.remove(y, item.holder(), item.list(), item.index());
        return V2Nodes.declared(y) ? V2Edits.removeMember(removed, indicatorId) : removed;
    }

    /** Sets the {@code min} and {@code max} of the band giving {@code points}; a null bound is left as it is. */
    public static String setBand(String text, int points, String min, String max) {
        String result = text;
        for (String[] bound : List.of(new String[] {"min", min}, new String[] {"max", max})) {
            if (bound[1] != null) {
                YamlText y = YamlText.parse(result);
                result = setField(y, StandardNodes.band(y, points), bound[0], bound[1]);
            } else {
                StandardNodes.band(YamlText.parse(result), points);
            }
        }
        return result;
    }

    /** Sets the number of an existing factor of {@code scoring.factors}. */
    public static String setFactor(String text, String name, String value) {
        YamlText y = YamlText.parse(text);
        NodeTuple factor = StandardNodes.factor(y, name);
        Location where = YamlText.at(factor.getKeyNode());
        if (!(factor.getValueNode() instanceof ScalarNode) && !YamlText.isEmpty(factor.getValueNode())) {
            throw InputException.of(where, "factor `" + name + "` should be a number; edit it in the text");
        }
        return MappingEdits.replaceValue(y, factor, Scalars.number("factor " + name, value, where));
    }

    /** Sets (or with null removes) {@code field}, a key or {@code key.language}, of {@code mapping}. */
    private static String setField(YamlText y, MappingNode mapping, String field, String value) {
        String[] path = field.split("\\.");
        Optional<NodeTuple> entry = YamlText.entry(mapping, path[0]);
        Location where = entry.map(t -> YamlText.at(t.getKeyNode())).orElse(YamlText.at(mapping));
        if (path.length == 1) {
            if (value == null) {
                return entry.map(t -> MappingEdits.remove(y, mapping, t)).orElse(y.text);
            }
            if (entry.isEmpty()) {
                return MappingEdits.add(y, mapping, path[0], scalar(path[0], value, where, null), null);
            }
            Node node = entry.get().getValueNode();
            if (node instanceof ScalarNode scalar) {
                return MappingEdits.replaceValue(y, entry.get(), scalar(path[0], value, where, scalar.getScalarStyle()));
            }
            if (!TEXT_OR_MAP.contains(path[0])) {
                throw InputException.of(where, "`" + path[0] + "` holds a text by language; set " + path[0] + ".en, "
                        + path[0] + ".ru or " + path[0] + ".kk");
            }
            return MappingEdits.replaceValue(y, entry.get(), scalar(path[0], value, where, null));
        }
        String language = path[1];
        if (entry.isEmpty()) {
            return value == null ? y.text : MappingEdits.addMapping(y, mapping, path[0],
                    Map.of(language, scalar(field, value, where, null)), null);
        }
        Node node = entry.get().getValueNode();
        if (!(node instanceof MappingNode byLanguage)) {
            return value == null ? y.text : MappingEdits.replaceValue(y, entry.get(),
                    MappingEdits.flow(Map.of(language, scalar(field, value, where, null))));
        }
        Optional<NodeTuple> text = YamlText.entry(byLanguage, language);
        if (value == null) {
            if (text.isEmpty()) {
                return y.text;
            }
            return byLanguage.getValue().size() == 1 ? MappingEdits.remove(y, mapping, entry.get())
                    : MappingEdits.remove(y, byLanguage, text.get());
        }
        if (text.isEmpty()) {
            return MappingEdits.add(y, byLanguage, language, scalar(field, value, where, null), null);
        }
        Node old = text.get().getValueNode();
        return MappingEdits.replaceValue(y, text.get(), scalar(field, value, YamlText.at(old),
                old instanceof ScalarNode s ? s.getScalarStyle() : null));
    }

    private static String scalar(String key, String value, Location where, ScalarStyle existing) {
        return NUMBERS.contains(key) ? Scalars.number(key, value, where) : Scalars.text(value, existing);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
