package kz.etalon.history;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A commit's message as Etalon writes it: a subject of one line, a body, and the trailers that end it
 * (Etalon-Standard, Etalon-Step, ...). Subject and body may hold what a user typed; the trailers are made
 * only from Etalon's own ids and words (checked here), and every message has them as its last paragraph,
 * so no text a user controls can be read back as a trailer.
 */
public record CommitMessage(String subject, String body, Map<String, String> trailers) {

    /** Where a subject is cut: a subject is a line of a log, not a text. */
    static final int LONGEST_SUBJECT = 200;
    private static final Pattern KEY = Pattern.compile("Etalon-[A-Z][A-Za-z]*");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    public CommitMessage {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        Map<String, String> checked = new LinkedHashMap<>();
        trailers.forEach((key, value) -> {
            if (!KEY.matcher(key).matches() || value == null || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a trailer Etalon writes: " + key + ": " + value);
            }
            checked.put(key, value);
        });
        if (checked.isEmpty()) {
            throw new IllegalArgumentException("a message of Etalon's ends in its trailers; give at least one");
        }
        trailers = java.util.Collections.unmodifiableMap(checked);
    }

    /**
     * The message's text: the subject on one line (line breaks and control characters become spaces), a
     * blank line, the body (control characters but line breaks removed), a blank line, and the trailers.
     */
    String text() {
        StringBuilder text = new StringBuilder(oneLine(subject));
        String shownBody = body.replace("\r\n", "\n").codePoints()
                .filter(c -> c == '\n' || !(Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (!shownBody.isEmpty()) {
            text.append("\n\n").append(shownBody);
        }
        text.append("\n\n");
        trailers.forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        return text.toString();
    }

    private static String oneLine(String text) {
        String line = text.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()
                .replaceAll(" {2,}", " ").strip();
        if (line.length() > LONGEST_SUBJECT) {
            line = line.substring(0, LONGEST_SUBJECT) + "…";
        }
        return line.isEmpty() ? "Etalon" : line;
    }
}
