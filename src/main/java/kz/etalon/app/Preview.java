package kz.etalon.app;

import java.util.List;
import kz.etalon.analysis.Change;

/** A draft's impact: the standard it is based on against the draft, on the same cities, and what changed. */
public record Preview(Comparing.Compared compared, List<Change> changes) {
}
