package kz.etalon.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a node's value was made, as the rule that made it says: the {@code aggregation} (mean, pooled,
 * weighted, sum, min, a standard's own, or {@code not_scored} and {@code zero} for a node with nothing
 * scored under it), the items it took in the standard's order, the members it left out and the value.
 */
public record Reckoning(String aggregation, List<Operand> operands, List<String> leftOut, BigDecimal value) {

    public Reckoning {
        operands = List.copyOf(operands);
        leftOut = List.copyOf(leftOut);
    }

    /**
     * One item taken: a child node's or an indicator's id, its {@code share} on the standard's scale, what it
     * adds to a pooled sum ({@code amount} of {@code possible}) and its {@code weight}.
     */
    public record Operand(String member, BigDecimal share, BigDecimal amount, BigDecimal possible, BigDecimal weight) {
    }
}
