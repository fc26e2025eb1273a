package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an aggregation rule did to make a node's value: which aggregation (a word of the rules:
 * {@code mean}, {@code pooled}, {@code weighted}, {@code sum}, {@code min}, one a standard's rules declare,
 * or {@code not_scored} and {@code zero} for a node with nothing scored under it), the items it took (each
 * with its share, pooled amount and possible, and weight), the items it left out and the value it came to
 * (null when not scored). Explanations word it; nothing scores from it.
 */
public record Reckoning(String nodeKey, String aggregation, List<Item> operands, List<String> leftOut, BigDecimal value)
        implements Derived {

    public Reckoning {
        operands = List.copyOf(operands);
        leftOut = List.copyOf(leftOut);
    }

    /** The reckoning of a node's value {@code value} made by {@code aggregation} from {@code items}. */
    public static Reckoning of(String nodeKey, String aggregation, ItemTotals items, BigDecimal value) {
        return new Reckoning(nodeKey, aggregation, items.countedItems(), items.leftOutMembers(), value);
    }
}
