package kz.etalon.app;

import java.util.List;
import kz.etalon.problem.Problem;
import kz.etalon.round.EnteredValue;

/** The edits of a city's values in a round, and what became of them. */
public final class RoundEdits {

    private RoundEdits() {
    }

    /** A value as an editor left it, and the version of it the editor started from ({@code ""}: none). */
    public record Edit(EnteredValue value, String baseVersion) {
    }

    /** A value changed by someone else since the editor read it: the stored one and the editor's. */
    public record Conflict(String indicator, EnteredValue stored, EnteredValue yours) {
    }

    /** The values stored, the conflicts left for the editor, and the values refused with why. */
    public record Outcome(List<EnteredValue> saved, List<Conflict> conflicts, List<Problem> refused) {

        public Outcome {
            saved = List.copyOf(saved);
            conflicts = List.copyOf(conflicts);
            refused = List.copyOf(refused);
        }
    }
}
