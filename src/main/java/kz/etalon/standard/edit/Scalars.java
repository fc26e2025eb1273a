package kz.etalon.standard.edit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/**
 * Writes values as YAML scalars. A text is written plain only when every YAML reader (1.1 and 1.2)
 * reads it back as the same text in block and in flow context; otherwise it is double-quoted with
 * escapes. A number is validated and written plain.
 */
final class Scalars {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    /** Plain texts that YAML 1.1 or 1.2 reads as booleans or null (compared in lower case). */
    private static final Set<String> SPECIAL_WORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off",
            "null", "~", "=", "<<");
    /** Anything that might read as a number in some YAML version: 1000, 1_000, 12:30, 0x1F, 1e3, .5, +1. */
    private static final Pattern NUMBER_LIKE = Pattern.compile("[-+]?[0-9.][0-9a-fA-FxXoObB_.:,eE+-]*"
            + "|[-+]?\\.(inf|Inf|INF|nan|NaN|NAN)");
    private static final String INDICATOR_START = "-?:,[]{}#&*!|>'\"%@`";
    private static final String NEVER_PLAIN = ",[]{}#:'\"";
    private static final CoreScalarResolver RESOLVER = new CoreScalarResolver(true);

    private Scalars() {
    }

    /** {@code value} as a scalar; a quoted style already there is kept when it can hold the value. */
    static String text(String value, ScalarStyle existing) {
        if (existing == ScalarStyle.DOUBLE_QUOTED) {
            return doubleQuoted(value);
        }
        if (existing == ScalarStyle.SINGLE_QUOTED && value.chars().noneMatch(Scalars::isControl)) {
            return "'" + value.replace("'", "''") + "'";
        }
        return plainIsSafe(value) ? value : doubleQuoted(value);
    }

    /** A number for a numeric field, or an error naming the field. */
    static String number(String field, String value, Location where) {
        String trimmed = value == null ? "" : value.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            throw InputException.of(where, "`" + field + "` should be a number such as 80 or 12.5, not `"
                    + value + "`");
        }
        return trimmed;
    }

    static boolean plainIsSafe(String value) {
        if (value.isEmpty() || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1))
                || INDICATOR_START.indexOf(value.charAt(0)) >= 0) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (NEVER_PLAIN.indexOf(c) >= 0 || isControl(c) || c == '\t' || c == '\u00a0' || c == '\ufeff') {
                return false;
            }
        }
        return !SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT))
                && !NUMBER_LIKE.matcher(value).matches()
                && RESOLVER.resolve(value, true).equals(Tag.STR);
    }

    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (isControl(c)) {
                        out.append(c <= 0xff ? String.format(Locale.ROOT, "\\x%02x", (int) c)
                                : String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff;
    }
}
