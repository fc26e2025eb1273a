package kz.etalon.round;

import java.time.Instant;
import java.util.Locale;

/**
 * A line of a city's questions in a round: a reviewer's question on one value, or the akimat's answer. Lines are
 * numbered in the order they were written; an answer answers every question at its value written before it.
 */
public record Question(Instant when, String indicator, String by, Kind kind, String text, int id) {

    /** The longest text of a question or an answer, in characters: one line a reader takes in at once. */
    public static final int LONGEST = 1000;

    public enum Kind {
        QUESTION, ANSWER;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String text) {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public boolean isQuestion() {
        return kind == Kind.QUESTION;
    }
}
