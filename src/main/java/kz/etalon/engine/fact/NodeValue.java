package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * Stage 4: a node's value (on the standard's scale), with the pooled {@code amount} over {@code possible}
 * of what is under it, the number of items {@code counted}, of {@code missing} indicators, and whether it
 * is {@code scored}; a node not scored has a null value.
 */
public record NodeValue(String nodeKey, BigDecimal value, BigDecimal amount, BigDecimal possible, int counted,
                        int missing, boolean scored) implements Derived {

    /** A node scored from its items. */
    public static NodeValue of(String nodeKey, BigDecimal value, ItemTotals items) {
        return new NodeValue(nodeKey, value, items.amount(), items.possible(), items.counted(), items.missing(), true);
    }

    /** A node with no item to count: not scored. */
    public static NodeValue notScored(String nodeKey, ItemTotals items) {
        return new NodeValue(nodeKey, null, BigDecimal.ZERO, BigDecimal.ZERO, 0, items.missing(), false);
    }

    /** A node with no item to count that its policy scores 0. */
    public static NodeValue zero(String nodeKey, ItemTotals items) {
        return new NodeValue(nodeKey, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, items.missing(), true);
    }
}
