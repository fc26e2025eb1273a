package kz.etalon.round;

import java.util.Locale;

/** Where a city is in a round, derived from its values and the round's log of steps. */
public enum CityState {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    RETURNED,
    APPROVED;

    /** {@code not-started}, {@code in-progress}, ...: as status and JSON write it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String labelKey() {
        return "round.state." + key();
    }

    /** Whether the akimat may change values in this state. */
    public boolean editable() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }
}
