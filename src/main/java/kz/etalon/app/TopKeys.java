package kz.etalon.app;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.standard.Status;

/** A top-level key read from text that may not be a valid standard (a broken draft still has a status). */
final class TopKeys {

    private TopKeys() {
    }

    static Optional<String> value(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s*[\"']?([^\"'#\\s]+)").matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Status status(String text) {
        return value(text, "status").filter("draft"::equals).map(word -> Status.DRAFT).orElse(Status.PUBLISHED);
    }
}
