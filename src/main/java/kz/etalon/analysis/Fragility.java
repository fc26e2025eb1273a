package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.etalon.engine.fact.Exact;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.Ranking;
import kz.etalon.standard.Band;
import kz.etalon.standard.Standard;

/**
 * Results that a small change of data would flip: a group average within {@code eps} of a band edge.
 * The edge between two bands is the midpoint of the gap between them (20.5 between 0..20 and 21..40),
 * where rounding half-up turns one band into the next.
 */
public final class Fragility {

    private Fragility() {
    }

    /** A group of a city close to a band edge, and what crossing it would do to the city. */
    public record FragileGroup(String city, String group, BigDecimal average, BigDecimal edge, BigDecimal distance,
                               int points, int pointsIfCrossed, BigDecimal total, BigDecimal totalIfCrossed,
                               int rank, int rankIfCrossed) {

        public boolean wouldGain() {
            return pointsIfCrossed > points;
        }
    }

    public static List<FragileGroup> find(Evaluation evaluation, BigDecimal eps) {
        Standard standard = evaluation.standard();
        List<Band> bands = standard.scoring().bandsInOrder();
        List<FragileGroup> fragile = new ArrayList<>();
        for (CityResult city : evaluation.cities()) {
            for (GroupResult group : city.groups()) {
                int at = bandIndex(bands, group.rounded());
                FragileGroup nearest = null;
                if (at > 0) {
                    nearest = candidate(evaluation, city, group, edge(bands.get(at - 1), bands.get(at)), bands.get(at - 1));
                }
                if (at >= 0 && at < bands.size() - 1) {
                    FragileGroup up = candidate(evaluation, city, group, edge(bands.get(at), bands.get(at + 1)), bands.get(at + 1));
                    if (nearest == null || up.distance().compareTo(nearest.distance()) < 0) {
                        nearest = up;
                    }
                }
                if (nearest != null && nearest.distance().compareTo(eps) <= 0) {
                    fragile.add(nearest);
                }
            }
        }
        fragile.sort(Comparator.comparing(FragileGroup::distance).thenComparing(FragileGroup::city)
                .thenComparing(FragileGroup::group));
        return fragile;
    }

    private static FragileGroup candidate(Evaluation evaluation, CityResult city, GroupResult group, BigDecimal edge,
                                          Band other) {
        BigDecimal distance = group.average().subtract(edge).abs();
        BigDecimal total = city.points().subtract(group.weighted()).add(group.factor().multiply(BigDecimal.valueOf(other.points())));
        BigDecimal score = Exact.divide(total, evaluation.standard().scoring().maxScore());
        CityResult crossed = new CityResult(city.city(), 0, total, score, city.index(), city.groups(), city.areas(),
                city.indicators(), city.totalRule(), city.indexRule());
        List<CityResult> others = new ArrayList<>(evaluation.cities());
        others.replaceAll(c -> c.city().equals(city.city()) ? crossed : c);
        int rankIfCrossed = Ranking.rank(others, evaluation.standard().tieBreak()).stream()
                .filter(c -> c.city().equals(city.city())).findFirst().orElseThrow().rank();
        return new FragileGroup(city.city(), group.id(), group.average(), edge, distance, group.points(), other.points(),
                city.points(), total, city.rank(), rankIfCrossed);
    }

    private static BigDecimal edge(Band lower, Band upper) {
        return lower.max().add(upper.min()).divide(BigDecimal.valueOf(2));
    }

    private static int bandIndex(List<Band> bands, BigDecimal rounded) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).holds(rounded)) {
                return i;
            }
        }
        return -1;
    }
}
