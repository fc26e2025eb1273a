package kz.etalon.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of reports and workbooks in English, Russian or Kazakh: {@code kz/etalon/i18n/messages*.properties}
 * (UTF-8). Names of areas, groups and indicators come from the standard, not from here. The bundle never
 * falls back to the machine's locale, so output is the same on every computer.
 */
public final class Messages {

    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    private static final String BUNDLE = "kz.etalon.i18n.messages";

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        Locale locale = language.equals("en") ? Locale.ROOT : Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no messages in `" + language + "`; languages: " + LANGUAGES);
        }
        return new Messages(language);
    }

    public String language() {
        return language;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The text of {@code key}; {@code {0}} and the like are filled from {@code args}. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("message `" + key + "` is missing for " + language, e);
        }
        if (args.length == 0) {
            return text;
        }
        MessageFormat format = new MessageFormat(text.replace("'", "''"), Locale.ROOT);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // MessageFormat would group digits (1,234) and round fractions; counts are written as they are
            plain[i] = args[i] instanceof Integer || args[i] instanceof Long ? String.valueOf(args[i]) : args[i];
        }
        return format.format(plain);
    }

    /**
     * A rule's name for readers: its words in the bundle ({@code rule.<name in snake case>}), or its DRL name
     * as it is when the bundle has none (a rule that a newer rule folder adds).
     */
    /** "not scored", with the words of the rule that scored nothing (e.g. "no benchmark") where one did. */
    public String notScoredBy(String rule) {
        return rule == null || rule.isBlank() ? get("nodes.not_scored") : get("explain.notScoredBy", ruleName(rule));
    }

    public String ruleName(String name) {
        String key = "rule." + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return has(key) ? get(key) : name;
    }

    /** The text of {@code key} in every language, e.g. to recognise a column header in any of them. */
    public static List<String> inEveryLanguage(String key) {
        return LANGUAGES.stream().map(language -> of(language).get(key)).toList();
    }

    /**
     * A number for people: {@code decimals} places, half-up, with the decimal mark of the language
     * (a point in English, a comma in Russian and Kazakh).
     */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        String text = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return language.equals("en") ? text : text.replace('.', ',');
    }

    /** Whole numbers without a fraction, others as they are (16, 2.5 or 2,5), with the language's decimal mark. */
    public String plain(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String text = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return language.equals("en") ? text : text.replace('.', ',');
    }

    /** A signed whole number, {@code +2}, {@code -3}, {@code 0}. */
    public static String signed(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String text = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        return value.signum() > 0 ? "+" + text : value.signum() < 0 ? "−" + text.substring(1) : "0";
    }
}
