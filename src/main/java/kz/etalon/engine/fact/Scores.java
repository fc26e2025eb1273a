package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What the area rules need of an area's indicator scores, in one pass over the collected list. */
public final class Scores {

    private Scores() {
    }

    public static boolean anyCounted(List<?> scores) {
        return scores.stream().anyMatch(score -> ((IndicatorScore) score).counted());
    }

    public static int counted(List<?> scores) {
        return (int) scores.stream().filter(score -> ((IndicatorScore) score).counted()).count();
    }

    public static int missing(List<?> scores) {
        return (int) scores.stream().filter(score -> ((IndicatorScore) score).missing()).count();
    }

    /** The exact mean of the counted percents. */
    public static BigDecimal meanOfCounted(List<?> scores) {
        List<BigDecimal> percents = new ArrayList<>();
        for (Object score : scores) {
            IndicatorScore indicator = (IndicatorScore) score;
            if (indicator.counted()) {
                percents.add(indicator.percent());
            }
        }
        return Exact.mean(percents);
    }
}
