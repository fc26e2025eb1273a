package kz.etalon.problem;

import java.util.Locale;

/**
 * Names and texts from the inputs are plain text: a control or escape character in one would reach the
 * terminal as it is (and could set its title, clear it, or hide what follows) or make a name read in
 * another order, so inputs holding one are refused where they are read.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * The index of the first control or escape character in {@code text} (C0 but tab and line break, DEL,
     * C1, and the bidirectional overrides and isolates), or -1.
     */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control) {
                return i;
            }
        }
        return -1;
    }

    /** {@code U+001B}: the character at {@code index}, as an error message names it. */
    public static String codePoint(String text, int index) {
        return String.format(Locale.ROOT, "U+%04X", text.codePointAt(index));
    }
}
