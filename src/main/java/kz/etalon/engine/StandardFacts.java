package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.engine.fact.BandDef;
import kz.etalon.engine.fact.BandTableDef;
import kz.etalon.engine.fact.Better;
import kz.etalon.engine.fact.IndicatorDef;
import kz.etalon.engine.fact.NodeDef;
import kz.etalon.engine.fact.Policy;
import kz.etalon.engine.fact.TotalDef;
import kz.etalon.standard.BandTable;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.IndicatorSpec;
import kz.etalon.standard.Method;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * The definitions of a standard as facts: the policy, band tables, nodes and total, the same for every
 * city; and each indicator, which carries one city's value for it (see {@link #forCity}).
 */
final class StandardFacts {

    private final List<Object> shared;
    private final List<IndicatorDef> indicators;

    private StandardFacts(List<Object> shared, List<IndicatorDef> indicators) {
        this.shared = shared;
        this.indicators = indicators;
    }

    /** The definitions every city's session shares: the policy, band tables, nodes and total. */
    List<Object> shared() {
        return shared;
    }

    /** Every fact of one city's session: the shared definitions and each indicator with the city's value. */
    List<Object> forCity(java.util.function.Function<String, BigDecimal> valueOf) {
        List<Object> facts = new ArrayList<>(shared.size() + indicators.size());
        facts.addAll(shared);
        indicators.forEach(indicator -> facts.add(indicator.withValue(valueOf.apply(indicator.id()))));
        return facts;
    }

    static StandardFacts of(Standard standard, RuleBook rules) {
        Method method = standard.method();
        List<Object> facts = new ArrayList<>(policyAndBands(standard));
        List<MethodNode> totalNodes = method.totalNodes();
        Map<String, List<String>> leaves = new HashMap<>();
        for (MethodNode node : method.nodes().toList()) {
            boolean total = totalNodes.contains(node);
            int children = method.children(node).size();
            facts.add(new NodeDef(node.key(), node.parent(), node.aggregation(), node.measure(), node.missing(),
                    node.bands(), factor(node, total), weightsByItem(method, node), total,
                    children > 0 ? children : node.indicators().size()));
            node.indicators().forEach(id -> leaves.computeIfAbsent(id, k -> new ArrayList<>()).add(node.key()));
        }
        method.total().ifPresent(t -> facts.add(new TotalDef(totalNodes.size(), t.scale())));
        List<IndicatorDef> indicators = new ArrayList<>();
        for (Indicator indicator : method.indicators()) {
            IndicatorSpec spec = method.spec(indicator.id());
            BigDecimal top = spec.bands() != null && method.bandTables().containsKey(spec.bands())
                    ? BigDecimal.valueOf(method.bandTables().get(spec.bands()).topPoints()) : spec.inputMax();
            indicators.add(new IndicatorDef(indicator.id(), indicator.areaId(), indicator.method(), indicator.target(),
                    indicator.better() == Indicator.Direction.LOWER ? Better.LOWER : Better.HIGHER, null,
                    List.copyOf(leaves.getOrDefault(indicator.id(), List.of())), spec.bands(), top,
                    rules.givesPoints(indicator.method())));
        }
        return new StandardFacts(List.copyOf(facts), List.copyOf(indicators));
    }

    /** The policy and every band table: what scoring needs beside the nodes. */
    static List<Object> policyAndBands(Standard standard) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Policy(standard.scoring().scale(), standard.scoring().missing()));
        for (BandTable table : standard.method().bandTables().values()) {
            facts.add(new BandTableDef(table.id(), table.bounds(), table.rounding().mode(), table.rounding().decimals()));
            table.steps().forEach(step -> facts.add(new BandDef(table.id(), step.from(), step.to(), step.points(),
                    step.at().line(), step.fromIncluded(), step.toIncluded())));
        }
        return facts;
    }

    /** A total node's factor, 1 when it names none; a node outside the total has none. */
    static BigDecimal factor(MethodNode node, boolean total) {
        return node.factor() != null ? node.factor() : total ? BigDecimal.ONE : null;
    }

    /**
     * A node's weights by the member its items carry: an indicator's id, or a child node's key (the YAML
     * weighs a child by its id, `weights: {left: 2}`, but the child's item names its key, `tree/left`).
     */
    private static Map<String, BigDecimal> weightsByItem(Method method, MethodNode node) {
        Map<String, BigDecimal> weights = new HashMap<>(node.weights());
        for (MethodNode child : method.children(node)) {
            BigDecimal weight = node.weights().get(child.id());
            if (weight != null) {
                weights.remove(child.id());
                weights.put(child.key(), weight);
            }
        }
        return weights;
    }
}
