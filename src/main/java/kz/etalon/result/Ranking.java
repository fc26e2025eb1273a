package kz.etalon.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * DESIGN section 3, rule 6: by score, then by each tie-break key (score, index or a group's average),
 * all descending; cities still equal share a rank (1, 1, 3) and keep the order of the data file.
 */
public final class Ranking {

    private Ranking() {
    }

    public static List<CityResult> rank(List<CityResult> cities, List<String> tieBreak) {
        List<Function<CityResult, BigDecimal>> keys = new ArrayList<>();
        keys.add(CityResult::score);
        tieBreak.forEach(key -> keys.add(key(key)));
        Comparator<CityResult> best = (a, b) -> 0;
        for (Function<CityResult, BigDecimal> key : keys) {
            // a city with no index (nothing of its total scored) comes after those with one; two such cities tie
            best = best.thenComparing(key, Comparator.nullsLast(Comparator.reverseOrder()));
        }
        List<CityResult> ordered = cities.stream().sorted(best).toList();
        List<CityResult> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tiedWithPrevious = i > 0 && best.compare(ordered.get(i - 1), ordered.get(i)) == 0;
            int rank = tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(ordered.get(i).withRank(rank));
        }
        return ranked;
    }

    private static Function<CityResult, BigDecimal> key(String name) {
        return switch (name) {
            case "score" -> CityResult::score;
            case "index" -> CityResult::index;
            default -> city -> city.group(name).map(GroupResult::average).orElse(BigDecimal.ZERO);
        };
    }
}
