package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.engine.fact.BandDef;
import kz.etalon.engine.fact.CityIndex;
import kz.etalon.engine.fact.CityTotal;
import kz.etalon.engine.fact.Exact;
import kz.etalon.engine.fact.GroupAverage;
import kz.etalon.engine.fact.GroupDef;
import kz.etalon.engine.fact.GroupScore;
import kz.etalon.engine.fact.Policy;
import kz.etalon.standard.Standard;

/**
 * What a standard's rules make of group averages: the rounding, band, factor, total, score and index
 * rules run on averages an analysis proposes (a group just over a band edge, a plan's groups), so that
 * no analysis needs to know how the method turns an average into points. Each question is one small
 * session of the standard's own rule book, seeded with its definitions and the given averages.
 */
public final class GroupScoring {

    private final RuleBook rules;
    private final Policy policy;
    private final List<BandDef> bands;
    private final Map<String, GroupDef> groups = new LinkedHashMap<>();

    public GroupScoring(Standard standard, RuleBook rules) {
        this.rules = rules;
        List<Object> shared = StandardFacts.of(standard).shared();
        this.policy = shared.stream().filter(Policy.class::isInstance).map(Policy.class::cast).findFirst().orElseThrow();
        this.bands = shared.stream().filter(BandDef.class::isInstance).map(BandDef.class::cast).toList();
        shared.stream().filter(GroupDef.class::isInstance).map(GroupDef.class::cast)
                .forEach(group -> groups.put(group.id(), group));
    }

    /** The points the rules give group {@code groupId} for the unrounded average {@code average}. */
    public int points(String groupId, BigDecimal average) {
        for (Object fact : run(Map.of(groupId, average))) {
            if (fact instanceof GroupScore score && score.groupId().equals(groupId)) {
                return score.points();
            }
        }
        throw new IllegalStateException("the rules gave group " + groupId + " no points for " + average);
    }

    /**
     * A city's outcome from its group averages alone (one for every group of the standard): each group's
     * points and weighted points, the total, the score and the index, as the rules derive them.
     */
    public Outcome outcome(Map<String, BigDecimal> averages) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Map<String, BigDecimal> weighted = new LinkedHashMap<>();
        CityTotal total = null;
        CityIndex index = null;
        for (Object fact : run(averages)) {
            if (fact instanceof GroupScore score) {
                points.put(score.groupId(), score.points());
                weighted.put(score.groupId(), score.weighted());
            } else if (fact instanceof CityTotal cityTotal) {
                total = cityTotal;
            } else if (fact instanceof CityIndex cityIndex) {
                index = cityIndex;
            }
        }
        if (total == null || index == null || points.size() != groups.size()) {
            throw new IllegalStateException("the rules derived no total or index from the group averages " + averages);
        }
        return new Outcome(points, weighted, total.points(), total.score(), Exact.settled(index.index()));
    }

    /** Group points and weighted points by group id, the total points, the score and the index. */
    public record Outcome(Map<String, Integer> points, Map<String, BigDecimal> weighted, BigDecimal total,
                          BigDecimal score, BigDecimal index) {

        public Outcome {
            points = Map.copyOf(points);
            weighted = Map.copyOf(weighted);
        }
    }

    private Collection<?> run(Map<String, BigDecimal> averages) {
        List<Object> facts = new ArrayList<>(bands.size() + 2 * averages.size() + 1);
        facts.add(policy);
        facts.addAll(bands);
        averages.forEach((groupId, average) -> {
            GroupDef group = groups.get(groupId);
            if (group == null) {
                throw new IllegalArgumentException("no group " + groupId + " in the standard");
            }
            facts.add(group);
            facts.add(new GroupAverage(groupId, average, group.factor(), 1));
        });
        return SessionRun.of(rules.kieBase().newStatelessKieSession(), facts).facts();
    }
}
