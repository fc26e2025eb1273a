package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.engine.fact.CityIndex;
import kz.etalon.engine.fact.CityTotal;
import kz.etalon.engine.fact.Exact;
import kz.etalon.engine.fact.NodeDef;
import kz.etalon.engine.fact.NodeValue;
import kz.etalon.engine.fact.NodeWeighted;
import kz.etalon.engine.fact.TotalDef;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;
import kz.etalon.standard.V1Method;

/**
 * What a standard's rules make of group averages: the rounding, band, factor, total, score and index
 * rules run on averages an analysis proposes (a group just over a band edge, a plan's groups), so that
 * no analysis needs to know how the method turns an average into points. Each question is one small
 * session of the standard's own rule book, seeded with its definitions and the given averages.
 */
public final class GroupScoring {

    private final RuleBook rules;
    private final List<Object> shared = new ArrayList<>();
    private final Map<String, NodeDef> groups = new LinkedHashMap<>();

    public GroupScoring(Standard standard, RuleBook rules) {
        this.rules = rules;
        shared.addAll(StandardFacts.policyAndBands(standard));
        List<MethodNode> totalNodes = standard.method().totalNodes();
        for (MethodNode node : totalNodes) {
            // no item: the rules take the value given below as the node's, and band and weigh it
            groups.put(node.id(), new NodeDef(node.key(), null, node.aggregation(), node.measure(), node.missing(),
                    node.bands(), StandardFacts.factor(node, true), node.weights(), true, 0));
        }
        standard.method().total().ifPresent(total -> shared.add(new TotalDef(totalNodes.size(), total.scale())));
    }

    /** The points the rules give group {@code groupId} for the unrounded average {@code average}. */
    public int points(String groupId, BigDecimal average) {
        for (Object fact : run(Map.of(groupId, average))) {
            if (fact instanceof NodeWeighted score && score.nodeKey().equals(V1Method.groupKey(groupId))) {
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
            if (fact instanceof NodeWeighted score) {
                String groupId = score.nodeKey().substring(score.nodeKey().indexOf('/') + 1);
                points.put(groupId, score.points());
                weighted.put(groupId, score.weighted());
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
        List<Object> facts = new ArrayList<>(shared.size() + 2 * averages.size());
        facts.addAll(shared);
        averages.forEach((groupId, average) -> {
            NodeDef group = groups.get(groupId);
            if (group == null) {
                throw new IllegalArgumentException("no group " + groupId + " in the standard");
            }
            facts.add(group);
            facts.add(new NodeValue(group.key(), average, BigDecimal.ZERO, BigDecimal.ZERO, 1, 0, true));
        });
        return SessionRun.of(rules.kieBase().newStatelessKieSession(), facts).facts();
    }
}
