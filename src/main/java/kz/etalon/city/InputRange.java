package kz.etalon.city;

import java.math.BigDecimal;
import java.util.Optional;
import kz.etalon.standard.IndicatorSpec;

/** The range an indicator's input declares ({@code input: {kind: points, min: 1, max: 4}}), checked on each value. */
final class InputRange {

    private InputRange() {
    }

    /** What is wrong with {@code value} under {@code spec}'s range, in plain words; empty when it fits. */
    static Optional<String> problem(IndicatorSpec spec, BigDecimal value) {
        boolean below = spec.inputMin() != null && value.compareTo(spec.inputMin()) < 0;
        boolean above = spec.inputMax() != null && value.compareTo(spec.inputMax()) > 0;
        boolean whole = !"points".equals(spec.inputKind()) || value.stripTrailingZeros().scale() <= 0;
        if (!below && !above && whole) {
            return Optional.empty();
        }
        String range = (spec.inputMin() == null ? "" : "from " + spec.inputMin().toPlainString() + " ")
                + (spec.inputMax() == null ? "up" : "to " + spec.inputMax().toPlainString());
        return Optional.of("`" + value.toPlainString() + "` is not " + ("points".equals(spec.inputKind())
                ? "whole points " : "a value ") + range + ", as the standard declares this input; write a value "
                + range);
    }
}
