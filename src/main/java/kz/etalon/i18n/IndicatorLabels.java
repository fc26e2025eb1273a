package kz.etalon.i18n;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kz.etalon.standard.Indicator;

/**
 * The one place that says in words how an indicator is scored and what its values are: {@code share, %},
 * {@code target 50 Mbit/s (lower is better)}, {@code yes/no}, and a yes/no value as {@code да}/{@code нет}.
 * Reports, the explanation, the change lists and the workbooks all label indicators through it.
 */
public final class IndicatorLabels {

    private static final Set<String> YES = Set.of("yes", "true", "да", "иә");
    private static final Set<String> NO = Set.of("no", "false", "нет", "жоқ");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    private final Messages m;

    public IndicatorLabels(Messages messages) {
        this.m = messages;
    }

    /**
     * The method with its target, unit and direction: {@code share, % of GRP}, {@code target 5 days (lower is
     * better)}. A method without words in the bundle (one a newer rule folder adds) shows by its id.
     */
    public String method(Indicator indicator) {
        String unit = unit(indicator);
        String key = "method." + indicator.method();
        String text;
        if (!m.has(key)) {
            text = indicator.method() + (indicator.target() == null ? "" : " " + m.plain(indicator.target()))
                    + (unit.isEmpty() ? "" : " " + unit);
        } else {
            String target = indicator.target() == null ? "" : m.plain(indicator.target());
            String particulars = (target + " " + unit).strip();
            // a method's words may say what it reads when the standard gives no unit (a share is of %)
            text = particulars.isEmpty() && m.has(key + ".bare") ? m.get(key + ".bare") : m.get(key, particulars);
        }
        return indicator.target() != null && indicator.better() == Indicator.Direction.LOWER
                ? text + " " + m.get("method.lower") : text;
    }

    /** The unit in the language, "" when the standard gives none. */
    public String unit(Indicator indicator) {
        return indicator.unit().isEmpty() ? "" : indicator.unit().in(m.language());
    }

    /**
     * A value as typed, with yes/no (and their spellings) in the language, {@code yes} -> {@code иә}, and a
     * decimal number with the language's decimal mark, {@code 95.83} -> {@code 95,83}.
     */
    public String value(String typed) {
        String key = typed.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(key) || NO.contains(key)) {
            return m.get(YES.contains(key) ? "value.yes" : "value.no");
        }
        return DECIMAL.matcher(typed).matches() && !m.language().equals("en") ? typed.replace('.', ',') : typed;
    }
}
