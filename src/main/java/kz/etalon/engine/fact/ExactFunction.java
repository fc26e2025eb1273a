package kz.etalon.engine.fact;

import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.io.Serializable;
import org.kie.api.runtime.rule.AccumulateFunction;

/**
 * What every typed accumulate function of the rules shares: a fresh context per accumulation, no
 * reverse (the rules only insert), nothing to serialise. {@code C} is the running context.
 */
abstract class ExactFunction<C extends Serializable> implements AccumulateFunction<C> {

    @Override
    public void reverse(C context, Object value) {
        throw new UnsupportedOperationException("not reversible");
    }

    @Override
    public boolean supportsReverse() {
        return false;
    }

    @Override
    public void writeExternal(ObjectOutput out) {
    }

    @Override
    public void readExternal(ObjectInput in) {
    }
}
