package kz.etalon.analysis;

import java.util.List;
import kz.etalon.problem.Location;

/**
 * One difference between two standards: what kind, which id it concerns, the particulars of the change
 * (ids, numbers, names, indicators, bands: the arguments of the kind's sentence, which the report layer
 * words in the reader's language), and where it is in each file (the file itself when that side has no
 * such line).
 */
public record Change(Kind kind, String subject, List<Object> details, Location before, Location after) {

    public Change {
        details = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(details));
    }

    public enum Kind {
        INDICATOR_ADDED, INDICATOR_REMOVED, INDICATOR_RENAMED, INDICATOR_MOVED, METHOD_CHANGED, TARGET_CHANGED,
        DIRECTION_CHANGED, AREA_ADDED, AREA_REMOVED, AREA_RENAMED, AREA_MOVED, GROUP_ADDED, GROUP_REMOVED,
        GROUP_RENAMED, GROUP_FACTOR_CHANGED, FACTOR_CHANGED, FACTOR_ADDED, FACTOR_REMOVED, BANDS_CHANGED,
        ROUNDING_CHANGED, MISSING_CHANGED, SCALE_CHANGED, MAX_SCORE_CHANGED, TIE_BREAK_CHANGED, RULES_CHANGED;

        /** {@code method_changed}: the form used in JSON. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether applying the change alone can move a score (a new name cannot). */
        public boolean canMoveScores() {
            return this != INDICATOR_RENAMED && this != AREA_RENAMED && this != GROUP_RENAMED
                    && this != MAX_SCORE_CHANGED;
        }
    }
}
