package kz.etalon.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import kz.etalon.analysis.Change;
import kz.etalon.analysis.StandardDiff.TieBreak;
import kz.etalon.i18n.Messages;
import kz.etalon.standard.Band;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.LocalizedText;
import kz.etalon.standard.MissingPolicy;
import kz.etalon.standard.Rounding;

/**
 * A change of the standard in words: the kind's sentence ({@code change.<kind>.text} in the bundle) with
 * its particulars worded in the same language. YAML keys, ids and rule folders stay as they are written.
 */
public final class ChangeText {

    private final Messages m;

    public ChangeText(Messages messages) {
        this.m = messages;
    }

    /** In English, as the JSON outputs give it. */
    public static String english(Change change) {
        return new ChangeText(Messages.of("en")).describe(change);
    }

    public String describe(Change change) {
        Object[] words = change.details().stream().map(this::word).toArray();
        return m.get("change." + change.kind().key() + ".text", words);
    }

    /** The kind as a heading: "Target changed". */
    public String kind(Change change) {
        String key = "change." + change.kind().key();
        return m.has(key) ? m.get(key) : change.kind().key();
    }

    private String word(Object detail) {
        if (detail == null) {
            return m.get("change.none");
        }
        if (detail instanceof LocalizedText text) {
            return m.get("change.quoted", text.in(m.language()));
        }
        if (detail instanceof BigDecimal number) {
            return m.plain(number);
        }
        if (detail instanceof Indicator indicator) {
            return method(indicator);
        }
        if (detail instanceof Indicator.Direction direction) {
            return m.get("direction." + direction.key());
        }
        if (detail instanceof Rounding rounding) {
            String mode = "rounding." + rounding.modeKey();
            return m.get("change.rounding", m.has(mode) ? m.get(mode) : rounding.modeKey(),
                    String.valueOf(rounding.decimals()));
        }
        if (detail instanceof MissingPolicy policy) {
            return m.get("missing." + policy.key());
        }
        if (detail instanceof TieBreak tieBreak) {
            return tieBreak.keys().stream().map(key -> m.has("tieBreak." + key) ? m.get("tieBreak." + key) : key)
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (detail instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Band) {
            return list.stream().map(band -> (Band) band)
                    .map(band -> m.plain(band.min()) + ".." + m.plain(band.max()) + ":" + band.points())
                    .collect(Collectors.joining(" ", "[", "]"));
        }
        return String.valueOf(detail);
    }

    /** How an indicator is scored, as a change names it: {@code target, target 30, lower is better}. */
    private String method(Indicator indicator) {
        String key = "method.name." + indicator.method();
        String name = m.has(key) ? m.get(key) : indicator.method();
        if (indicator.target() == null) {
            return name;
        }
        String text = m.get("change.methodTarget", name, m.plain(indicator.target()));
        return indicator.better() == Indicator.Direction.LOWER ? m.get("change.lowerIsBetter", text) : text;
    }
}
