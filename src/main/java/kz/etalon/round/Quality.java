package kz.etalon.round;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a value was obtained: the data-quality level a city declares for each value of a round. */
public enum Quality {
    MEASURED,
    ADMINISTRATIVE,
    ESTIMATE,
    NOT_AVAILABLE;

    /** {@code measured}, {@code administrative}, {@code estimate}, {@code not-available}: as files write it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message key of its label in the reader's language. */
    public String labelKey() {
        return "round.quality." + key();
    }

    /** The level written {@code text} (any case, spaces around ignored; empty means none given). */
    public static Optional<Quality> parse(String text) {
        String wanted = text == null ? "" : text.strip().replace('_', '-');
        return Arrays.stream(values()).filter(quality -> quality.key().equalsIgnoreCase(wanted)).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(Quality::key).collect(Collectors.joining(", "));
    }
}
