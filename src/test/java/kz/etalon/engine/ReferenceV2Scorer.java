package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent scorer of etalon/v2 standards in exact fractions, written from docs/standard-format.md
 * (section etalon/v2) and the aggregation rules' stated meaning, sharing no code with the engine: each
 * indicator's percent and band points, each node's value, scored flag and points, the total's points,
 * score and index, and the rank.
 */
final class ReferenceV2Scorer {

    static final Fraction SCALE = Fraction.of(100);

    /** An exact table's step: [from, below); from null on the first, below null on the last. */
    record Step(BigDecimal from, BigDecimal below, int points) {
    }

    record Table(String id, List<Step> steps) {
        int top() {
            return steps.stream().mapToInt(Step::points).max().orElseThrow();
        }

        int points(Fraction value) {
            for (Step step : steps) {
                boolean above = step.from() == null || value.compareTo(Fraction.of(step.from())) >= 0;
                boolean below = step.below() == null || value.compareTo(Fraction.of(step.below())) < 0;
                if (above && below) {
                    return step.points();
                }
            }
            throw new IllegalStateException("no band holds " + value);
        }
    }

    record Indicator(String id, String method, BigDecimal target, boolean lower, String bands) {
    }

    /** A node; {@code indicators} empty for a parent; {@code factor} only on a total node. */
    record Node(String classification, String id, String parent, String aggregation, boolean measurePoints,
                String bands, boolean missingZero, BigDecimal factor, Map<String, Integer> weights,
                List<String> indicators) {
        String key() {
            return classification + "/" + id;
        }
    }

    record Spec(boolean missingZero, Map<String, Table> tables, List<Indicator> indicators, List<String> classifications,
                List<Node> nodes, String totalClassification, boolean percentOfMax, boolean ranked) {
        List<Node> children(Node node) {
            return nodes.stream().filter(n -> n.classification().equals(node.classification())
                    && node.id().equals(n.parent())).toList();
        }

        List<Node> totalNodes() {
            return nodes.stream().filter(n -> n.classification().equals(totalClassification) && n.parent() == null).toList();
        }
    }

    /** A city's values; an indicator absent has no value. */
    record City(String name, Map<String, BigDecimal> values) {
    }

    record IndicatorScore(Fraction percent, boolean counted, Integer points) {
    }

    /** A node's outcome; {@code amount} and {@code possible} are what it adds to a pooled parent. */
    record NodeScore(Fraction value, boolean scored, Integer points, Fraction amount, Fraction possible) {
    }

    record CityScore(String name, Map<String, IndicatorScore> indicators, Map<String, NodeScore> nodes, Fraction points,
                     Fraction score, Fraction index, int rank) {
    }

    private ReferenceV2Scorer() {
    }

    static List<CityScore> evaluate(Spec spec, List<City> cities) {
        List<CityScore> scored = new ArrayList<>();
        for (City city : cities) {
            scored.add(score(spec, city));
        }
        if (!spec.ranked()) {
            return scored;
        }
        List<CityScore> ranked = new ArrayList<>();
        for (CityScore city : scored) {
            int better = 0;
            for (CityScore other : scored) {
                if (compare(other, city) > 0) {
                    better++;
                }
            }
            ranked.add(new CityScore(city.name(), city.indicators(), city.nodes(), city.points(), city.score(), city.index(),
                    better + 1));
        }
        return ranked;
    }

    /** By score, then index (tie_break: [index]); a city with no index is below one with one. */
    private static int compare(CityScore a, CityScore b) {
        int byScore = a.score().compareTo(b.score());
        if (byScore != 0) {
            return byScore;
        }
        if (a.index() == null || b.index() == null) {
            return a.index() == null ? (b.index() == null ? 0 : -1) : 1;
        }
        return a.index().compareTo(b.index());
    }

    private static CityScore score(Spec spec, City city) {
        Map<String, IndicatorScore> indicators = new LinkedHashMap<>();
        for (Indicator indicator : spec.indicators()) {
            indicators.put(indicator.id(), indicator(spec, indicator, city.values().get(indicator.id())));
        }
        Map<String, NodeScore> nodes = new LinkedHashMap<>();
        for (Node node : spec.nodes()) {
            node(spec, node, indicators, nodes);
        }
        if (spec.totalClassification() == null) {
            return new CityScore(city.name(), indicators, nodes, null, null, null, 0);
        }
        Fraction points = Fraction.ZERO;
        Fraction max = Fraction.ZERO;
        Fraction weightedValues = Fraction.ZERO;
        Fraction factors = Fraction.ZERO;
        for (Node node : spec.totalNodes()) {
            Fraction factor = Fraction.of(node.factor());
            max = max.plus(factor.times(Fraction.of(spec.tables().get(node.bands()).top())));
            NodeScore score = nodes.get(node.key());
            if (score.scored()) {
                points = points.plus(factor.times(Fraction.of(score.points())));
                weightedValues = weightedValues.plus(factor.times(score.value()));
                factors = factors.plus(factor);
            }
        }
        Fraction share = points.over(max);
        Fraction score = spec.percentOfMax() ? share.times(Fraction.of(100)) : share;
        Fraction index = factors.compareTo(Fraction.ZERO) == 0 ? null : weightedValues.over(factors);
        return new CityScore(city.name(), indicators, nodes, points, score, index, 0);
    }

    private static IndicatorScore indicator(Spec spec, Indicator indicator, BigDecimal value) {
        if (indicator.method().equals("no_benchmark")) {
            return new IndicatorScore(null, false, null);
        }
        Fraction percent;
        if (value == null) {
            if (!spec.missingZero()) {
                return new IndicatorScore(null, false, null);
            }
            percent = Fraction.ZERO;
        } else {
            percent = switch (indicator.method()) {
                case "yes_no" -> value.signum() > 0 ? SCALE : Fraction.ZERO;
                case "share" -> Fraction.of(value);
                case "target" -> target(indicator, Fraction.of(value));
                default -> throw new IllegalArgumentException(indicator.method());
            };
        }
        Integer points = indicator.bands() == null ? null : spec.tables().get(indicator.bands()).points(percent);
        return new IndicatorScore(percent, true, points);
    }

    private static Fraction target(Indicator indicator, Fraction value) {
        Fraction target = Fraction.of(indicator.target());
        if (indicator.lower()) {
            return value.compareTo(Fraction.ZERO) == 0 ? SCALE : Fraction.min(SCALE, SCALE.times(target).over(value));
        }
        return Fraction.min(SCALE, SCALE.times(value).over(target));
    }

    /** Item: share, amount, possible, weight; null share when left out. */
    private record Item(Fraction share, Fraction amount, Fraction possible, Fraction weight) {
    }

    private static NodeScore node(Spec spec, Node node, Map<String, IndicatorScore> indicators, Map<String, NodeScore> nodes) {
        NodeScore known = nodes.get(node.key());
        if (known != null) {
            return known;
        }
        List<Item> items = new ArrayList<>();
        List<Node> children = spec.children(node);
        for (Node child : children) {
            NodeScore score = node(spec, child, indicators, nodes);
            if (score.scored()) {
                items.add(new Item(score.value(), score.amount(), score.possible(), weight(node, child.id())));
            }
        }
        if (children.isEmpty()) {
            for (String id : node.indicators()) {
                IndicatorScore score = indicators.get(id);
                if (!score.counted()) {
                    continue;
                }
                if (node.measurePoints()) {
                    Fraction top = Fraction.of(spec.tables().get(spec.indicators().stream()
                            .filter(i -> i.id().equals(id)).findFirst().orElseThrow().bands()).top());
                    Fraction points = Fraction.of(score.points());
                    items.add(new Item(SCALE.times(points).over(top), points, top, weight(node, id)));
                } else {
                    items.add(new Item(score.percent(), score.percent(), SCALE, weight(node, id)));
                }
            }
        }
        NodeScore result;
        if (items.isEmpty()) {
            result = node.missingZero()
                    ? banded(spec, node, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO)
                    : new NodeScore(null, false, null, Fraction.ZERO, Fraction.ZERO);
        } else {
            Fraction shares = Fraction.ZERO;
            Fraction amount = Fraction.ZERO;
            Fraction possible = Fraction.ZERO;
            Fraction weighted = Fraction.ZERO;
            Fraction weights = Fraction.ZERO;
            Fraction least = null;
            for (Item item : items) {
                shares = shares.plus(item.share());
                amount = amount.plus(item.amount());
                possible = possible.plus(item.possible());
                weighted = weighted.plus(item.share().times(item.weight()));
                weights = weights.plus(item.weight());
                least = least == null ? item.share() : Fraction.min(least, item.share());
            }
            Fraction value = switch (node.aggregation()) {
                case "mean" -> shares.over(Fraction.of(items.size()));
                case "pooled" -> SCALE.times(amount).over(possible);
                case "weighted" -> weighted.over(weights);
                case "sum" -> amount;
                case "min" -> least;
                default -> throw new IllegalArgumentException(node.aggregation());
            };
            result = banded(spec, node, value, amount, possible);
        }
        nodes.put(node.key(), result);
        return result;
    }

    private static NodeScore banded(Spec spec, Node node, Fraction value, Fraction amount, Fraction possible) {
        Integer points = node.bands() == null ? null : spec.tables().get(node.bands()).points(value);
        return new NodeScore(value, true, points, amount, possible);
    }

    private static Fraction weight(Node node, String item) {
        return Fraction.of(node.weights().getOrDefault(item, 1));
    }
}
