package kz.etalon.history;

import java.time.Instant;
import java.util.Map;

/** One version of the workspace: its message split into subject, body and the trailers that end it. */
public record Commit(String id, String shortId, String author, Instant when, String subject, String body,
                     Map<String, String> trailers) {

    public Commit {
        trailers = Map.copyOf(trailers);
    }
}
