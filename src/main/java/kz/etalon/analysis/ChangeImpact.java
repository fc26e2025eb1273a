package kz.etalon.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.city.CityFile;
import kz.etalon.problem.InputException;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Standard;

/**
 * For each difference between two standards: apply it alone to A, evaluate the same data, and list
 * the cities whose group points or rank it changes.
 */
public final class ChangeImpact {

    private ChangeImpact() {
    }

    public static List<Impact> of(Standard a, Standard b, List<Change> changes, Evaluation baseline, CityFile data,
                                  Scorer scorer) {
        // Each change is evaluated on its own copy of the standard; the KieBase is shared and thread-safe,
        // so the changes are scored in parallel (the list keeps the diff's order).
        return changes.parallelStream()
                .filter(change -> change.kind().canMoveScores())
                .map(change -> impact(a, b, change, baseline, data, scorer))
                .toList();
    }

    private static Impact impact(Standard a, Standard b, Change change, Evaluation baseline, CityFile data, Scorer scorer) {
        Optional<Standard> edited = StandardEdits.apply(a, b, change);
        if (edited.isEmpty()) {
            return new Impact(change, false, List.of());
        }
        try {
            return new Impact(change, true, moves(baseline, scorer.ranks(edited.get(), data)));
        } catch (InputException e) {
            return new Impact(change, false, List.of());  // e.g. a method only B's rules define
        }
    }

    private static List<Impact.CityMove> moves(Evaluation before, Evaluation after) {
        List<Impact.CityMove> moves = new ArrayList<>();
        for (CityResult was : before.cities()) {
            Optional<CityResult> now = after.city(was.city());
            if (now.isEmpty()) {
                continue;
            }
            List<Impact.GroupMove> groups = new ArrayList<>();
            for (GroupResult group : was.groups()) {
                now.get().group(group.id()).filter(g -> g.points() != group.points())
                        .ifPresent(g -> groups.add(new Impact.GroupMove(group.id(), group.points(), g.points())));
            }
            if (!groups.isEmpty() || was.rank() != now.get().rank() || was.points().compareTo(now.get().points()) != 0) {
                moves.add(new Impact.CityMove(was.city(), was.rank(), now.get().rank(), was.points(), now.get().points(),
                        groups));
            }
        }
        return moves;
    }
}
