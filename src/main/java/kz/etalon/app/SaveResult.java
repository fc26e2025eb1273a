package kz.etalon.app;

import kz.etalon.history.Commit;

/** What a save did: stored the text as a new version, or refused it because someone else saved first. */
public sealed interface SaveResult {

    record Saved(String version, String commit) implements SaveResult {
    }

    /** Nothing was stored: {@code theirs} is the file as it is now, {@code yours} the text that was refused. */
    record Conflict(StandardText theirs, String yours, Commit theirCommit) implements SaveResult {
    }
}
