package kz.etalon.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** A moment as the reader writes dates and times in their language, in the server's time zone. */
public final class WhenText {

    private WhenText() {
    }

    public static String of(Instant when, String language) {
        if (when == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(language)).withZone(ZoneId.systemDefault()).format(when);
    }
}
