package kz.etalon.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour for people at a terminal: only when standard output is one (never in a file or a pipe) and
 * {@code NO_COLOR} is not set. Colour is added after the columns are aligned, so it never shifts them.
 */
final class Terminal {

    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final Pattern BAND = Pattern.compile("-> ([0-9]+)(?=\\s|$)");
    private static final Pattern MOVE = Pattern.compile("([▲▼])([0-9]+)");

    private Terminal() {
    }

    /**
     * Text from data (a city's name) as it may be shown on a terminal: control and escape characters
     * and the marks that reorder text are written as escapes ({@code \x1B}, {@code \\u202E}), so that
     * no name can move the cursor, clear the screen or set the window's title. Line ends and tabs stay.
     */
    static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unsafe = c != '\n' && c != '\t' && (Character.isISOControl(c) || (c >= '\u202A' && c <= '\u202E')
                    || (c >= '\u2066' && c <= '\u2069') || c == '\u2028' || c == '\u2029');
            if (unsafe && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(!unsafe ? String.valueOf(c) : c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether to colour what goes to standard output. */
    static boolean colour() {
        String term = System.getenv("TERM");
        return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    }

    /** The evaluate table: band points green (the top two bands), yellow, red (the bottom two). */
    static String evaluation(String table, int topPoints) {
        StringBuilder out = new StringBuilder();
        for (String line : table.split("\n", -1)) {
            Matcher band = BAND.matcher(line);
            StringBuilder coloured = new StringBuilder();
            while (band.find()) {
                int points = Integer.parseInt(band.group(1));
                String colour = points >= topPoints - 1 ? GREEN : points <= 2 ? RED : YELLOW;
                band.appendReplacement(coloured, Matcher.quoteReplacement("-> " + colour + band.group(1) + RESET));
            }
            band.appendTail(coloured);
            out.append(coloured).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    /** Compare's arrows: ▲ green, ▼ red. */
    static String movement(String text) {
        return MOVE.matcher(text).replaceAll(m -> (m.group(1).equals("▲") ? GREEN : RED) + m.group() + RESET);
    }
}
