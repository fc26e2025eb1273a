package kz.etalon.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the users file may say of a user besides name, role, city and hash: the account is disabled (it
 * cannot log in, and is kept so that its name stays in the history), or its password was set by an
 * administrator for one log-in and must be changed at the next.
 */
public record Flags(boolean disabled, boolean mustChangePassword) {

    public static final Flags NONE = new Flags(false, false);
    static final String DISABLED = "disabled";
    static final String CHANGE_PASSWORD = "change-password";

    public Flags withDisabled(boolean on) {
        return new Flags(on, mustChangePassword);
    }

    public Flags withMustChangePassword(boolean on) {
        return new Flags(disabled, on);
    }

    /** The fifth field of a user's line: {@code disabled,change-password}, empty for none. */
    String text() {
        List<String> words = new ArrayList<>();
        if (disabled) {
            words.add(DISABLED);
        }
        if (mustChangePassword) {
            words.add(CHANGE_PASSWORD);
        }
        return String.join(",", words);
    }

    /** The flags written {@code text} (words separated by commas, any case), or empty for an unknown word. */
    static Optional<Flags> parse(String text) {
        Flags flags = NONE;
        for (String word : text.split(",", -1)) {
            String known = word.strip().toLowerCase(java.util.Locale.ROOT);
            if (known.equals(DISABLED)) {
                flags = flags.withDisabled(true);
            } else if (known.equals(CHANGE_PASSWORD)) {
                flags = flags.withMustChangePassword(true);
            } else if (!known.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(flags);
    }
}
