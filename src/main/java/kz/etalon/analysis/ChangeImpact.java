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
        List<Impact> impacts = new ArrayList<>();
        for (Change change : changes) {
            if (!change.kind().canMoveScores()) {
                continue;
            }
            Optional<Standard> edited = StandardEdits.apply(a, b, change);
            if (edited.isEmpty()) {
                impacts.add(new Impact(change, false, List.of()));
                continue;
            }
            try {
                Evaluation after = scorer.score(edited.get(), data).evaluation();
                impacts.add(new Impact(change, true, moves(baseline, after)));
            } catch (InputException e) {
                impacts.add(new Impact(change, false, List.of()));  // e.g. a method only B's rules define
            }
        }
        return impacts;
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
