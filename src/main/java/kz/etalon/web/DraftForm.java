package kz.etalon.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "new draft" form as a page shows it: the standards it may start from, the one chosen, the id and
 * year written (or suggested: the next year of the same family), and what was wrong with them.
 */
public record DraftForm(List<String> standards, String from, String id, String year, List<String> errors) {

    private static final Pattern YEAR_AT_END = Pattern.compile("^(.*?)[-_.]?(\\d{4})$");

    /** The form for a draft from {@code from} (of {@code year}): id {@code <family>-<year+1>}, year {@code year+1}. */
    public static DraftForm suggested(List<String> standards, String from, int year) {
        return new DraftForm(standards, from, suggestedId(from, year), String.valueOf(year + 1), List.of());
    }

    /** {@code kz-2026} of 2026 → {@code kz-2027}; an id without a year at its end gets one. */
    static String suggestedId(String from, int year) {
        Matcher matcher = YEAR_AT_END.matcher(from);
        String family = matcher.matches() && !matcher.group(1).isEmpty() ? matcher.group(1) : from;
        return family + "-" + (year + 1);
    }

    /** Whether the visitor may choose what to start from (the home page) or it is fixed (a standard's page). */
    public boolean choosing() {
        return standards.size() > 1;
    }
}
