package kz.etalon.analysis;

import java.util.List;

/**
 * A note on how one year's data was fitted to another standard, on what its evaluation left out, or on
 * a figure an analysis could give only approximately:
 * what kind, and its particulars (file, standard id, counts, indicator ids), which the report layer
 * words in the reader's language.
 */
public record FitNote(Kind kind, List<Object> details) {

    public enum Kind {
        /** file, count, standard, ids: values for indicators the standard does not define */
        UNDEFINED_INDICATORS,
        /** file, ids, standard, count: values of another kind than the standard's method reads */
        MEASURED_DIFFERENTLY,
        /** standard, file, missing count, missing policy, count of other warnings */
        VALUES_MISSING,
        /** standard, file: a standard with no bundled data of its own is given an earlier year's */
        BORROWED_DATA,
        /** standard, cities: its rules do not compute the index as the linear split of compare assumes */
        APPROXIMATE_INDEX_EFFECTS;

        /** {@code undefined_indicators}: the bundle's key. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FitNote {
        details = List.copyOf(details);
    }
}
