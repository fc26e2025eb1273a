package kz.etalon.engine.fact;

import java.io.Serializable;
import java.math.BigDecimal;

/** The accumulate function {@code exactMax}: the greatest of the numbers matched, as a BigDecimal; null for none. */
public final class ExactMax extends ExactFunction<ExactMax.Greatest> {

    /** The greatest value so far. */
    public static final class Greatest implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal value;
    }

    @Override
    public Greatest createContext() {
        return new Greatest();
    }

    @Override
    public void init(Greatest context) {
        context.value = null;
    }

    @Override
    public void accumulate(Greatest context, Object value) {
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        context.value = context.value == null || number.compareTo(context.value) > 0 ? number : context.value;
    }

    @Override
    public Object getResult(Greatest context) {
        return context.value;
    }

    @Override
    public Class<?> getResultType() {
        return BigDecimal.class;
    }
}
