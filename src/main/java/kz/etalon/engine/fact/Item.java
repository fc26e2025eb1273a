package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * Stage 3: one item a node aggregates, a child node or one of its indicators. {@code share} is the item
 * on the standard's scale; {@code amount} and {@code possible} what it adds to a pooled sum (points and
 * the points possible, or a percent and the scale); {@code counts} is false for an item with no value
 * (a missing indicator left out, a child not scored), which is still an item so that the node knows all
 * its items are in.
 */
public record Item(String nodeKey, String member, BigDecimal share, BigDecimal amount, BigDecimal possible,
                   BigDecimal weight, boolean counts, boolean missing) implements Derived, Weighable {

    public static Item counted(NodeDef node, String member, BigDecimal share, BigDecimal amount, BigDecimal possible,
                               boolean missing) {
        return new Item(node.key(), member, share, amount, possible, node.weightOf(member), true, missing);
    }

    public static Item leftOut(NodeDef node, String member, boolean missing) {
        return new Item(node.key(), member, null, null, null, node.weightOf(member), false, missing);
    }

    @Override
    public BigDecimal weighedValue() {
        return counts ? share : null;
    }
}
