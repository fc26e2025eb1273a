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

    /** The highest rank a goal may name. */
    public static final int MAX_RANK = 10_000;

    /** What {@link #parse} accepts, for an error message: the command line's and the web form's alike. */
    public static final String FORMS = "next-points, rank:N (N from 1 to " + MAX_RANK + ") or score:X (e.g. 0.8 or 80%)";

    /**
     * A goal as a reader writes it: {@code next-points}, {@code rank:N} with N from 1 to {@value #MAX_RANK},
     * or {@code score:X} above 0 and at most 1 (or 100%); empty for anything else, and for numbers only a
     * typo makes (over 40 characters, or exponents beyond 30 places).
     */
    public static Optional<Goal> parse(String text) {
        String goal = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (goal.equals("next-points")) {
                return Optional.of(new Goal(Kind.NEXT_POINTS, BigDecimal.ZERO));
            }
            if (goal.startsWith("rank:")) {
                int rank = Integer.parseInt(goal.substring(5).strip());
                return rank >= 1 && rank <= MAX_RANK ? Optional.of(new Goal(Kind.RANK, BigDecimal.valueOf(rank)))
                        : Optional.empty();
            }
            if (goal.startsWith("score:")) {
                String number = goal.substring(6).strip();
                boolean percent = number.endsWith("%");
                String digits = percent ? number.substring(0, number.length() - 1).strip() : number;
                if (digits.length() > 40) {
                    return Optional.empty();
                }
                BigDecimal score = new BigDecimal(digits);
                if (Math.abs(score.scale()) > 30) {
                    return Optional.empty();
                }
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

    /** The goal as {@link #parse} reads it: {@code next-points}, {@code rank:3}, {@code score:80%}. */
    public String text() {
        return switch (kind) {
            case NEXT_POINTS -> "next-points";
            case RANK -> "rank:" + value.intValue();
            case SCORE -> "score:" + value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        };
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
