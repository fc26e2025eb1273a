package kz.etalon.app;

import java.time.Instant;

/** Where a draft is in its review: step none, submitted, sent-back or approved; who took it, when, and why. */
public record ReviewState(String step, String by, Instant when, String comment) {

    public static final ReviewState NONE = new ReviewState("none", "", null, "");
}
