package kz.etalon.app;

import java.time.Instant;
import kz.etalon.round.EnteredValue;

/** One change of a city's value in a round, from the history: who, when, the value before and after. */
public record ValueChange(String by, Instant when, EnteredValue before, EnteredValue after) {
}
