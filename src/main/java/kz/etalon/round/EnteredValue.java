package kz.etalon.round;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A city's value for one indicator as its akimat entered it: the value as typed (empty when not given),
 * where it comes from, how it was obtained, and a comment (which explains a value not given).
 */
public record EnteredValue(String indicator, String value, String source, Optional<Quality> quality, String comment) {

    /** The version of a value that is not there yet: what an editor who saw no value sends as its base. */
    public static final String NONE = "";

    public EnteredValue {
        value = value == null ? "" : value.strip();
        source = source == null ? "" : source.strip();
        comment = comment == null ? "" : comment.strip();
        quality = quality == null ? Optional.empty() : quality;
    }

    public static EnteredValue empty(String indicator) {
        return new EnteredValue(indicator, "", "", Optional.empty(), "");
    }

    public boolean isGiven() {
        return !value.isEmpty();
    }

    /** Not given, but a comment says why. */
    public boolean isExplained() {
        return value.isEmpty() && !comment.isEmpty();
    }

    public boolean isBlank() {
        return value.isEmpty() && source.isEmpty() && quality.isEmpty() && comment.isEmpty();
    }

    /**
     * The version an edit names as its base: a digest of value, source, quality and comment, so that an edit
     * made from an older version of this one value is told apart from one made from the current.
     */
    public String version() {
        if (isBlank()) {
            return NONE;
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {value, source, quality.map(Quality::key).orElse(""), comment}) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
