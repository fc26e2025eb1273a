package kz.etalon.standard;

import java.util.Map;

/** A name in several languages (en, ru, kk); falls back to English, then to any language given. */
public record LocalizedText(Map<String, String> texts) {

    public static final String FALLBACK = "en";

    public LocalizedText {
        texts = Map.copyOf(texts);
    }

    public static LocalizedText english(String text) {
        return new LocalizedText(Map.of(FALLBACK, text));
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
}
