package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.engine.GroupScoring;
import kz.etalon.engine.RuleBook;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.Ranking;

/**
 * Results that a small change of data would flip: a group average within {@code eps} of a band edge.
 * The edge is wherever the standard's own rules change the group's points (rounding mode, decimals
 * and band table included): it is found by asking the rules for the points of averages ever closer
 * to it, and named by the shortest decimal in the last interval (60.5 under half-up rounding to whole
 * numbers, 61 under floor).
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

    /** Every group of {@code evaluation} within {@code eps} of the edge of its band, nearest first. */
    public static List<FragileGroup> find(Evaluation evaluation, RuleBook rules, BigDecimal eps) {
        GroupScoring scoring = new GroupScoring(evaluation.standard(), rules);
        List<FragileGroup> fragile = new ArrayList<>();
        for (CityResult city : evaluation.cities()) {
            for (GroupResult group : city.groups()) {
                FragileGroup down = crossing(scoring, evaluation, city, group, eps.negate());
                FragileGroup up = crossing(scoring, evaluation, city, group, eps);
                FragileGroup nearest = down == null || (up != null && up.distance().compareTo(down.distance()) < 0) ? up : down;
                if (nearest != null) {
                    fragile.add(nearest);
                }
            }
        }
        fragile.sort(Comparator.comparing(FragileGroup::distance).thenComparing(FragileGroup::city)
                .thenComparing(FragileGroup::group));
        return fragile;
    }

    /**
     * The edge between the group's average and the average {@code step} away (just beyond, so that an
     * edge exactly {@code eps} away is seen), or null when the rules give the same points there.
     */
    private static FragileGroup crossing(GroupScoring scoring, Evaluation evaluation, CityResult city,
                                         GroupResult group, BigDecimal step) {
        BigDecimal here = group.average();
        BigDecimal scale = evaluation.standard().scoring().scale();
        BigDecimal there = here.add(step).add(PointsEdge.RESOLUTION.multiply(BigDecimal.valueOf(step.signum())))
                .max(BigDecimal.ZERO).min(scale);
        int points = scoring.points(group.id(), here);
        if (scoring.points(group.id(), there) == points) {
            return null;
        }
        PointsEdge edge = PointsEdge.locate(average -> scoring.points(group.id(), average) == points, here, there);
        BigDecimal distance = here.subtract(edge.named()).abs();
        if (distance.compareTo(step.abs()) > 0) {
            return null;
        }
        return crossed(scoring, evaluation, city, group, edge.named(), distance, edge.other());
    }

    private static FragileGroup crossed(GroupScoring scoring, Evaluation evaluation, CityResult city, GroupResult group,
                                        BigDecimal edge, BigDecimal distance, BigDecimal beyond) {
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        city.groups().forEach(g -> averages.put(g.id(), g.id().equals(group.id()) ? beyond : g.average()));
        GroupScoring.Outcome outcome = scoring.outcome(averages);
        List<GroupResult> groups = city.groups().stream().map(g -> new GroupResult(g.id(), averages.get(g.id()),
                g.areasScored(), g.rounded(), outcome.points().get(g.id()), g.bandLine(), g.factor(),
                outcome.weighted().get(g.id()), g.rules())).toList();
        CityResult crossed = new CityResult(city.city(), 0, outcome.total(), outcome.score(), outcome.index(), groups,
                city.areas(), city.indicators(), city.totalRule(), city.indexRule());
        List<CityResult> others = new ArrayList<>(evaluation.cities());
        others.replaceAll(c -> c.city().equals(city.city()) ? crossed : c);
        int rankIfCrossed = Ranking.rank(others, evaluation.standard().tieBreak()).stream()
                .filter(c -> c.city().equals(city.city())).findFirst().orElseThrow().rank();
        return new FragileGroup(city.city(), group.id(), group.average(), edge, distance, group.points(),
                outcome.points().get(group.id()), city.points(), outcome.total(), city.rank(), rankIfCrossed);
    }
}
