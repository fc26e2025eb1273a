package kz.etalon.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import kz.etalon.i18n.Messages;
import kz.etalon.standard.LocalizedText;

/**
 * The words and numbers of one page in its reader's language: labels from the bundle, names from the
 * standard, numbers in the language's own format (1 234,5 in Russian and Kazakh, 1,234.5 in English).
 */
public final class Words {

    private final Messages messages;
    private final Locale locale;

    public Words(String language) {
        this.messages = Messages.of(language);
        this.locale = language.equals("en") ? Locale.UK : Locale.forLanguageTag(language);
    }

    public String language() {
        return messages.language();
    }

    public Messages messages() {
        return messages;
    }

    /** The label {@code web.<key>}, or else {@code <key>} itself (the labels the reports share). */
    public String t(String key, Object... args) {
        String web = "web." + key;
        return messages.get(messages.has(web) ? web : key, args);
    }

    /** How an indicator is scored, in words: {@code share, %}, {@code target 5 days (lower is better)}. */
    public String method(kz.etalon.standard.Indicator indicator) {
        return new kz.etalon.i18n.IndicatorLabels(messages).method(indicator);
    }

    /** Where an indicator comes from ({@code paper}, {@code illustrative}), in words when the bundle has them. */
    public String provenance(String provenance) {
        String key = "web.provenance." + provenance;
        return messages.has(key) ? messages.get(key) : provenance;
    }

    public String name(LocalizedText text) {
        return text.in(language());
    }

    /** A number as exact as it is, written the reader's way; a dash for none. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return number(value, Math.max(0, stripped.scale()));
    }

    /** A number with exactly {@code decimals} decimals, rounded half up, written the reader's way. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    public String number(long value) {
        return number(BigDecimal.valueOf(value), 0);
    }
}
