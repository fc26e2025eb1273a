package kz.etalon.engine.fact;

/** The band that holds a group's rounded average, and the points it gives. */
public record GroupBand(String groupId, int points, int bandLine) implements Derived {
}
