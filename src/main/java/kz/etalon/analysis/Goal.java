package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * What a city wants to reach: more points than now ({@code next-points}), a rank ({@code rank:3}) or a
 * score ({@code score:0.8} or {@code score:80%}).
 */
public record Goal(Kind kind, BigDecimal value) {

    public enum Kind { NEXT_POINTS, RANK, SCORE }

    public static Optional<Goal> parse(String text) {
        String goal = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (goal.equals("next-points")) {
                return Optional.of(new Goal(Kind.NEXT_POINTS, BigDecimal.ZERO));
            }
            if (goal.startsWith("rank:")) {
                int rank = Integer.parseInt(goal.substring(5).strip());
                return rank >= 1 ? Optional.of(new Goal(Kind.RANK, BigDecimal.valueOf(rank))) : Optional.empty();
            }
            if (goal.startsWith("score:")) {
                String number = goal.substring(6).strip();
                boolean percent = number.endsWith("%");
                BigDecimal score = new BigDecimal(percent ? number.substring(0, number.length() - 1).strip() : number);
                if (percent || score.compareTo(BigDecimal.ONE) > 0) {
                    score = score.movePointLeft(2);
                }
                return score.signum() > 0 && score.compareTo(BigDecimal.ONE) <= 0
                        ? Optional.of(new Goal(Kind.SCORE, score)) : Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a city with these figures has reached the goal, starting from {@code startPoints}. */
    public boolean reached(BigDecimal startPoints, BigDecimal points, BigDecimal score, int rank) {
        return switch (kind) {
            case NEXT_POINTS -> points.compareTo(startPoints) > 0;
            case RANK -> rank <= value.intValue();
            case SCORE -> score.compareTo(value) >= 0;
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NEXT_POINTS -> "more points than now";
            case RANK -> "rank " + value.intValue() + " or better";
            case SCORE -> "a score of " + value.movePointRight(2).stripTrailingZeros().toPlainString() + "% or more";
        };
    }
}
