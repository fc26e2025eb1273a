package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.util.Map;
import kz.etalon.standard.MethodNode.Measure;
import kz.etalon.standard.MethodNode.NodeMissing;

/**
 * A node of a classification. {@code size} is the number of its items (child nodes, or its indicators
 * when it has none); {@code weights} weigh them for a weighted aggregation (1 when not named);
 * {@code total} says its weighted points make the total; {@code factor} weighs them (1 when not named).
 */
public record NodeDef(String key, String parent, String aggregation, Measure measure, NodeMissing missing, String bands,
                      BigDecimal factor, Map<String, BigDecimal> weights, boolean total, int size) {

    public BigDecimal weightOf(String item) {
        return weights.getOrDefault(item, BigDecimal.ONE);
    }
}
