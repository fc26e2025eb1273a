package kz.etalon.analysis;

import java.math.BigDecimal;

/**
 * A derived value that differs between two evaluations of a city: an indicator's percent, an area's
 * average or a group's average and points, with the rules that derived it on each side and its
 * effect on the total points and on the index. {@code before} or {@code after} is null where that
 * side has no such value.
 */
public record OutcomeDiff(
        Level level,
        String id,
        BigDecimal before,
        BigDecimal after,
        String ruleBefore,
        String ruleAfter,
        Integer pointsBefore,
        Integer pointsAfter,
        BigDecimal pointsEffect,
        BigDecimal indexEffect) {

    public enum Level {
        GROUP, AREA, INDICATOR;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean onlyBefore() {
        return after == null && before != null;
    }

    public boolean onlyAfter() {
        return before == null && after != null;
    }
}
