package kz.etalon.engine.fact;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The accumulate function {@code weightedMean}: the sum of each {@link Weighable}'s value times its weight
 * over the sum of the weights, exact and divided as {@link Exact#divide} divides; values that are null
 * are left out; null when nothing is left.
 */
public final class WeightedMean extends ExactFunction<WeightedMean.Sums> {

    /** The running sums. */
    public static final class Sums implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal weighted = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;
        private int count;
    }

    @Override
    public Sums createContext() {
        return new Sums();
    }

    @Override
    public void init(Sums context) {
        context.weighted = BigDecimal.ZERO;
        context.weights = BigDecimal.ZERO;
        context.count = 0;
    }

    @Override
    public void accumulate(Sums context, Object value) {
        Weighable item = (Weighable) value;
        if (item.weighedValue() != null) {
            context.weighted = context.weighted.add(item.weighedValue().multiply(item.weight()));
            context.weights = context.weights.add(item.weight());
            context.count++;
        }
    }

    @Override
    public Object getResult(Sums context) {
        return context.count == 0 || context.weights.signum() == 0 ? null : Exact.divide(context.weighted, context.weights);
    }

    @Override
    public Class<?> getResultType() {
        return BigDecimal.class;
    }
}
