package kz.etalon.app;

import java.util.List;
import kz.etalon.analysis.Change;
import kz.etalon.history.Commit;

/**
 * One version of a standard in its history: the commit, its review step and comment, the structural changes
 * against the version before, the text of that version ("" if the commit has none) and whether it could be
 * read as a standard.
 */
public record Version(Commit commit, String step, String comment, List<Change> changes, String text, boolean readable) {

    /** Whether this is the commit Etalon made of a workspace as it found it (its subject is Etalon's, not a person's). */
    public boolean workspaceAsFound() {
        return commit.subject().equals(kz.etalon.history.WorkspaceRepository.FIRST_SUBJECT);
    }
}
