package kz.etalon.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import kz.etalon.standard.MissingPolicy;

/**
 * The uncertainties a sensitivity run draws from: relative noise on every numeric value (yes/no
 * answers stay as they are), and, where given, the rounding modes, missing-value policies and factor
 * values that might apply. An empty list keeps the standard's own choice.
 */
public record Uncertainty(BigDecimal noise, List<RoundingMode> roundings, List<MissingPolicy> missing,
                          Map<String, List<BigDecimal>> factors) {

    public Uncertainty {
        roundings = List.copyOf(roundings);
        missing = List.copyOf(missing);
        factors = Map.copyOf(factors);
    }

    public boolean none() {
        return noise.signum() == 0 && roundings.size() <= 1 && missing.size() <= 1
                && factors.values().stream().allMatch(values -> values.size() <= 1);
    }
}
