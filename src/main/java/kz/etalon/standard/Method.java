package kz.etalon.standard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shape of a standard's method, as data: its classifications (trees of nodes whose leaves hold
 * indicators), its band tables, what each indicator declares beyond its method, whether one level makes
 * a total and whether cities are ranked. An {@code etalon/v1} file is converted into this on read
 * ({@link V1Method}), so every standard is scored by the one path.
 */
public record Method(
        List<Classification> classifications,
        Map<String, BandTable> bandTables,
        List<Indicator> indicators,
        Map<String, IndicatorSpec> indicatorSpecs,
        Optional<Total> total,
        boolean ranked) {

    public Method {
        classifications = List.copyOf(classifications);
        bandTables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bandTables));
        indicators = List.copyOf(indicators);
        indicatorSpecs = Map.copyOf(indicatorSpecs);
        total = total == null ? Optional.empty() : total;
    }

    public Stream<MethodNode> nodes() {
        return classifications.stream().flatMap(classification -> classification.nodes().stream());
    }

    public Optional<MethodNode> node(String key) {
        return nodes().filter(node -> node.key().equals(key)).findFirst();
    }

    public List<MethodNode> children(MethodNode parent) {
        return nodes().filter(node -> parent.key().equals(node.parent())).toList();
    }

    public IndicatorSpec spec(String indicatorId) {
        return indicatorSpecs.getOrDefault(indicatorId, IndicatorSpec.NONE);
    }

    /** The nodes whose weighted points make the total, in file order; none when the standard has no total. */
    public List<MethodNode> totalNodes() {
        return total.map(t -> nodes().filter(node -> node.classification().equals(t.classification())
                && node.parent() == null).toList()).orElse(List.of());
    }
}
