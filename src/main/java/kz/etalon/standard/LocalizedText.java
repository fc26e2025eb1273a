package kz.etalon.standard;

import java.util.Map;

/**
 * A text in several languages (en, ru, kk); falls back to English, then to any language given. A plain
 * text (a unit such as {@code %}) is the same in every language.
 */
public record LocalizedText(Map<String, String> texts) {

    public static final String FALLBACK = "en";
    /** No text at all, e.g. an indicator without a unit. */
    public static final LocalizedText NONE = new LocalizedText(Map.of());

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(FALLBACK, text));
    }

    /** A text written once for every language. */
    public static LocalizedText plain(String text) {
        return text.isEmpty() ? NONE : english(text);
    }

    public String in(String language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.get(FALLBACK);
        }
        if (text == null) {
            text = texts.values().stream().sorted().findFirst().orElse("");
        }
        return text;
    }

    public boolean has(String language) {
        return texts.containsKey(language);
    }

    /** Whether there is no text in any language (an empty unit is no unit). */
    public boolean isEmpty() {
        return texts.values().stream().allMatch(String::isBlank);
    }
}
