package kz.etalon.standard;

import java.util.regex.Pattern;
import kz.etalon.problem.Problems;

/**
 * A band's {@code colour:}, checked where the standard is read: pages and reports put it in a style attribute,
 * so it must be a colour and nothing else, {@code #rrggbb}.
 */
final class BandColour {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private BandColour() {
    }

    /** The band's colour; null if it has none or if it is not {@code #rrggbb} (an error at its line). */
    static String read(YamlFields step, int band, Problems problems) {
        String colour = step.text("colour", false).orElse(null);
        if (colour == null) {
            return null;
        }
        String trimmed = colour.strip();
        if (!HEX.matcher(trimmed).matches()) {
            problems.error(step.at("colour"), "band " + band + " has colour `" + colour + "`; write a colour as `#rrggbb`"
                    + " (a hash and six hexadecimal digits, e.g. \"#2b6cb0\")");
            return null;
        }
        return trimmed;
    }
}
