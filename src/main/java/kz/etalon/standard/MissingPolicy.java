package kz.etalon.standard;

import java.util.Locale;

/** What a missing indicator value means for its area's average. */
public enum MissingPolicy {
    /** Counted as 0 %. */
    ZERO,
    /** Left out of the mean; an area left with no value is left out of its group's mean. */
    EXCLUDE,
    /** The evaluation is refused. */
    ERROR;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
