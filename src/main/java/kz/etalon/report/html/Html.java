package kz.etalon.report.html;

import java.awt.Color;
import java.math.BigDecimal;

/** Text short for HTML: ids from names, numbers without trailing zeros, colours (the templates escape them). */
final class Html {

    private Html() {
    }

    /** An HTML id from a name: letters and digits kept (any script), the rest as dashes. */
    static String anchor(String name) {
        StringBuilder id = new StringBuilder("c-");
        name.strip().codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '-'));
        return id.toString();
    }

    /** A number as written in the standard: 2 rather than 2.00, a dash for none. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xffffff);
    }
}
