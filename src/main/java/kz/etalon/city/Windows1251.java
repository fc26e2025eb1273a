package kz.etalon.city;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/**
 * Recognises a CSV file that Excel saved in Windows-1251, its "CSV" encoding in a Russian or Kazakh
 * locale. The test is strict, so that another 8-bit encoding is never misread as Cyrillic: every byte
 * above 127 must be a Cyrillic letter or a typographic sign (« » — № ...), and no such letter may
 * touch a Latin one (Latin-1 "Zürich" would read as "Zьrich"; real Cyrillic words stand apart).
 * Windows-1251 has no Kazakh letters ә ғ қ ң ө ұ ү һ: Excel writes {@code ?} for them, and that is an
 * error, since the names are lost.
 */
final class Windows1251 {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String SIGNS = "«»—–№…“”„‘’\u00A0";

    private Windows1251() {
    }

    /** The text, with a warning, if the bytes are Windows-1251 Cyrillic; empty if they are not. */
    static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        String text;
        try {
            text = CP1251.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        boolean cyrillic = false;
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0xFF) < 0x80) {
                continue;
            }
            char c = text.charAt(i);
            boolean letter = Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c);
            if (!letter && SIGNS.indexOf(c) < 0) {
                return Optional.empty();
            }
            if (letter && (latinLetter(text, i - 1) || latinLetter(text, i + 1))) {
                return Optional.empty();
            }
            cyrillic |= letter;
        }
        if (!cyrillic) {
            return Optional.empty();
        }
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            } else if (text.charAt(i) == '?' && (cyrillicLetter(text, i - 1) || cyrillicLetter(text, i + 1))) {
                problems.error(new Location(file, line, 0), "`?` inside a Cyrillic word: the file is in Windows-1251,"
                        + " which has no Kazakh letters (ә ғ қ ң ө ұ ү һ), so Excel wrote `?` for them; in Excel use"
                        + " File > Save As > `CSV UTF-8 (Comma delimited)` and fix the names");
                return Optional.of(text);
            }
        }
        problems.warning(Location.of(file), "not UTF-8: read as Windows-1251 (Cyrillic), as Excel saves \"CSV\" in a"
                + " Russian or Kazakh locale; to be sure of every letter, save as `CSV UTF-8 (Comma delimited)`");
        return Optional.of(text);
    }

    private static boolean latinLetter(String text, int i) {
        return i >= 0 && i < text.length() && ((text.charAt(i) >= 'a' && text.charAt(i) <= 'z')
                || (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z'));
    }

    private static boolean cyrillicLetter(String text, int i) {
        return i >= 0 && i < text.length() && Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC;
    }
}
