package kz.etalon.engine.fact;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import java.math.BigDecimal;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * The accumulate function {@code exactMean} of the rules: the mean of the BigDecimal values matched,
 * summed exactly and divided as {@link Exact#divide} divides; null when nothing matched, so that a
 * rule can say what an empty average means.
 */
public final class ExactMean implements AccumulateFunction<ExactMean.Sum> {

    /** The running sum and count of one accumulation. */
    public static final class Sum implements Serializable {

        private static final long serialVersionUID = 1L;
        private BigDecimal total = BigDecimal.ZERO;
        private int count;
    }

    @Override
    public Sum createContext() {
        return new Sum();
    }

    @Override
    public void init(Sum context) {
        context.total = BigDecimal.ZERO;
        context.count = 0;
    }

    @Override
    public void accumulate(Sum context, Object value) {
        context.total = context.total.add((BigDecimal) value);
        context.count++;
    }

    @Override
    public void reverse(Sum context, Object value) {
        context.total = context.total.subtract((BigDecimal) value);
        context.count--;
    }

    @Override
    public Object getResult(Sum context) {
        return context.count == 0 ? null : Exact.divide(context.total, BigDecimal.valueOf(context.count));
    }

    @Override
    public boolean supportsReverse() {
        return true;
    }

    @Override
    public Class<?> getResultType() {
        return BigDecimal.class;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
}
