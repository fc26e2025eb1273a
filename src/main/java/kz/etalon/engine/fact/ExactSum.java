package kz.etalon.engine.fact;

import java.io.Serializable;
import java.math.BigDecimal;

/** The accumulate function {@code exactSum}: the exact sum of the BigDecimal values matched, nulls left out; 0 for none. */
public final class ExactSum extends ExactFunction<ExactSum.Sum> {

    /** The running sum. */
    public static final class Sum implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal total = BigDecimal.ZERO;
    }

    @Override
    public Sum createContext() {
        return new Sum();
    }

    @Override
    public void init(Sum context) {
        context.total = BigDecimal.ZERO;
    }

    @Override
    public void accumulate(Sum context, Object value) {
        if (value != null) {
            context.total = context.total.add((BigDecimal) value);
        }
    }

    @Override
    public Object getResult(Sum context) {
        return context.total;
    }

    @Override
    public Class<?> getResultType() {
        return BigDecimal.class;
    }
}
