package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;

/**
 * A node of a classification. {@code key} is unique in the standard (classification and id; in a v1
 * file the level and id, since an area and a group may share an id); {@code parent} is the parent's key
 * or null for a root. A leaf lists its {@code indicators}. {@code aggregation} names the rule that makes
 * its value from its items (child nodes, or its indicators); {@code measure} what an indicator gives it;
 * {@code weights} the weight of each child or indicator id for a weighted aggregation; {@code bands}
 * names a band table, {@code factor} (null for none) weighs its points in the total.
 */
public record MethodNode(
        String key,
        String id,
        String classification,
        String level,
        String parent,
        LocalizedText name,
        String code,
        Map<String, String> attributes,
        String aggregation,
        Measure measure,
        Map<String, BigDecimal> weights,
        String bands,
        BigDecimal factor,
        NodeMissing missing,
        boolean scored,
        List<String> indicators,
        Location at) {

    public MethodNode {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        weights = Map.copyOf(weights);
        indicators = List.copyOf(indicators);
    }

    /** What an indicator gives the node it is in: its percent, or its band points as a share of the points possible. */
    public enum Measure {
        PERCENT, POINTS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a node with nothing scored under it is. */
    public enum NodeMissing {
        /** Not scored: no value, shown as such, left out of its parent (the general rule). */
        NOT_SCORED,
        /** Scores 0 (the documented behaviour of a v1 group whose areas all lack values). */
        ZERO;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
