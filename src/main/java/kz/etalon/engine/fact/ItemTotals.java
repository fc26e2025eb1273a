package kz.etalon.engine.fact;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The accumulate function {@code itemTotals} of the rules and what it gives: over a node's items, how
 * many count, the sum and least of their shares, the pooled amount and points possible, the weighted
 * sum and the weights, and how many are missing indicators. An aggregation rule makes its value from these.
 */
public final class ItemTotals implements Serializable {

    private static final long serialVersionUID = 1L;
    private int counted;
    private int missing;
    private BigDecimal shares = BigDecimal.ZERO;
    private BigDecimal amount = BigDecimal.ZERO;
    private BigDecimal possible = BigDecimal.ZERO;
    private BigDecimal weighted = BigDecimal.ZERO;
    private BigDecimal weights = BigDecimal.ZERO;
    private BigDecimal least;
    private final java.util.List<BigDecimal> values = new java.util.ArrayList<>();
    private final java.util.List<Item> items = new java.util.ArrayList<>();
    private final java.util.List<String> leftOut = new java.util.ArrayList<>();

    public int counted() {
        return counted;
    }

    public BigDecimal count() {
        return BigDecimal.valueOf(counted);
    }

    public int missing() {
        return missing;
    }

    /** The sum of the counted items' shares. */
    public BigDecimal shares() {
        return shares;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal possible() {
        return possible;
    }

    /** The sum of each counted item's share times its weight. */
    public BigDecimal weighted() {
        return weighted;
    }

    public BigDecimal weights() {
        return weights;
    }

    /** The least share counted; null when none counts. */
    public BigDecimal least() {
        return least;
    }

    /** The counted shares, smallest first, for a rule that needs them all (a median). */
    public java.util.List<BigDecimal> sortedShares() {
        return values.stream().sorted().toList();
    }

    /** The items counted, in the order they came (which is no fixed order), for a {@link Reckoning}. */
    public java.util.List<Item> countedItems() {
        return java.util.List.copyOf(items);
    }

    /** The members of the items left out (a missing indicator, a child not scored), for a {@link Reckoning}. */
    public java.util.List<String> leftOutMembers() {
        return java.util.List.copyOf(leftOut);
    }

    void clear() {
        counted = 0;
        missing = 0;
        shares = BigDecimal.ZERO;
        amount = BigDecimal.ZERO;
        possible = BigDecimal.ZERO;
        weighted = BigDecimal.ZERO;
        weights = BigDecimal.ZERO;
        least = null;
        values.clear();
        items.clear();
        leftOut.clear();
    }

    void add(Item item) {
        if (item.missing()) {
            missing++;
        }
        if (!item.counts()) {
            leftOut.add(item.member());
            return;
        }
        items.add(item);
        counted++;
        shares = shares.add(item.share());
        amount = amount.add(item.amount());
        possible = possible.add(item.possible());
        weighted = weighted.add(item.share().multiply(item.weight()));
        weights = weights.add(item.weight());
        least = least == null || item.share().compareTo(least) < 0 ? item.share() : least;
        values.add(item.share());
    }

    /** The accumulate function: {@code accumulate( $item : Item( ... ); $items : itemTotals( $item ) )}. */
    public static final class Function extends ExactFunction<ItemTotals> {

        @Override
        public ItemTotals createContext() {
            return new ItemTotals();
        }

        @Override
        public void init(ItemTotals context) {
            context.clear();
        }

        @Override
        public void accumulate(ItemTotals context, Object value) {
            context.add((Item) value);
        }

        @Override
        public Object getResult(ItemTotals context) {
            return context;
        }

        @Override
        public Class<?> getResultType() {
            return ItemTotals.class;
        }
    }
}
