package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one change of the standard does on its own: the cities whose rank, points or group points it moves.
 * {@code applicable} is false when the change cannot be applied alone (it needs another change).
 */
public record Impact(Change change, boolean applicable, List<CityMove> moves) {

    public Impact {
        moves = List.copyOf(moves);
    }

    /** A city moved by a change: its rank, its total points and every group whose band points changed. */
    public record CityMove(String city, int rankBefore, int rankAfter, BigDecimal pointsBefore, BigDecimal pointsAfter,
                           List<GroupMove> groups) {

        public CityMove {
            groups = List.copyOf(groups);
        }
    }

    public record GroupMove(String group, int pointsBefore, int pointsAfter) {
    }
}
