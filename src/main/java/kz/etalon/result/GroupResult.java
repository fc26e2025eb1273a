package kz.etalon.result;

import java.math.BigDecimal;

/**
 * A group's outcome, step by step: the mean of its areas, the rounded mean, the band's points, the
 * factor and the weighted points; each step names the rule that took it.
 */
public record GroupResult(
        String id,
        BigDecimal average,
        int areasScored,
        BigDecimal rounded,
        int points,
        int bandLine,
        BigDecimal factor,
        BigDecimal weighted,
        Rules rules) {

    /** The rules that derived the average, the rounding, the band and the weighting. */
    public record Rules(String average, String rounding, String band, String factor) {
    }
}
