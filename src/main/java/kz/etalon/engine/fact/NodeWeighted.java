package kz.etalon.engine.fact;

import java.math.BigDecimal;

/**
 * Stage 6: a total node's points weighted by its factor, with its value for the index; points, value and
 * weighted are null for a node not scored, which adds nothing.
 */
public record NodeWeighted(String nodeKey, BigDecimal value, Integer points, BigDecimal factor, BigDecimal weighted)
        implements Derived, Weighable {

    @Override
    public BigDecimal weighedValue() {
        return value;
    }

    @Override
    public BigDecimal weight() {
        return factor;
    }
}
