package kz.etalon.round;

import java.time.Instant;
import java.util.Locale;

/**
 * One step of a round, a line of its log: opened, a city's file imported, submitted, returned with a reason,
 * approved or reopened with a reason (a saved draft, a question asked or answered, is a commit, not a line of
 * the log).
 */
public record Step(Instant when, String city, Kind kind, String by, String reason) {

    public enum Kind {
        OPENED, SAVED, IMPORTED, SUBMITTED, RETURNED, APPROVED, REOPENED, ASKED, ANSWERED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind parse(String text) {
            return Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    public Step {
        reason = reason == null ? "" : reason.strip();
    }
}
