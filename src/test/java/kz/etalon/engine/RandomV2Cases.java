package kz.etalon.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import kz.etalon.engine.ReferenceV2Scorer.City;
import kz.etalon.engine.ReferenceV2Scorer.Indicator;
import kz.etalon.engine.ReferenceV2Scorer.Node;
import kz.etalon.engine.ReferenceV2Scorer.Spec;
import kz.etalon.engine.ReferenceV2Scorer.Step;
import kz.etalon.engine.ReferenceV2Scorer.Table;

/**
 * Random etalon/v2 standards and city data, from one seed: one or two classifications over the same
 * indicators (so they cross), trees one or two deep, every aggregation of rules/common, exact band tables
 * on nodes and indicators, node and top-level missing policies, share/yes_no/target/no_benchmark
 * indicators, a total (scaled either way, ranked or not) or none; the cities as a wide CSV with gaps.
 */
final class RandomV2Cases {

    record Case(long seed, Spec spec, String yaml, List<City> cities, String csv) {
    }

    private static final List<String> CITY_NAMES = List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Pavlodar",
            "Taraz", "Semey", "Атырау", "Қостанай", "Өскемен");
    private static final List<String> AGGREGATIONS = List.of("mean", "pooled", "weighted", "sum", "min");
    private static final List<String> TARGETS = List.of("5", "30", "95", "12.5", "250");
    private static final List<String> FACTORS = List.of("1", "2", "0.5", "3");

    private final Random random;
    /** A ranked total's nodes score 0 rather than not at all: a city with no index breaks Ranking (see the report). */
    private boolean rankedTotal;

    private RandomV2Cases(long seed) {
        this.random = new Random(seed);
    }

    static Case generate(long seed) {
        RandomV2Cases generator = new RandomV2Cases(seed);
        Spec spec = generator.spec();
        List<City> cities = generator.cities(spec);
        return new Case(seed, spec, RandomV2Yaml.write(seed, spec), cities, generator.csv(spec, cities));
    }

    private Spec spec() {
        Map<String, Table> tables = new LinkedHashMap<>();
        int tableCount = 1 + random.nextInt(3);
        for (int t = 1; t <= tableCount; t++) {
            tables.put("t" + t, table("t" + t));
        }
        List<String> tableIds = new ArrayList<>(tables.keySet());
        boolean indicatorBands = random.nextInt(3) == 0;
        int classificationCount = 1 + random.nextInt(2);
        int leavesWanted = 1 + random.nextInt(4);
        int indicatorCount = leavesWanted + random.nextInt(5);
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 1; i <= indicatorCount; i++) {
            String method = List.of("share", "share", "yes_no", "target", "target", "no_benchmark").get(random.nextInt(6));
            BigDecimal target = method.equals("target") ? new BigDecimal(TARGETS.get(random.nextInt(TARGETS.size()))) : null;
            String bands = indicatorBands && !method.equals("no_benchmark") && random.nextInt(4) > 0
                    ? tableIds.get(random.nextInt(tableIds.size())) : null;
            indicators.add(new Indicator("i" + i, method, target, target != null && random.nextInt(3) == 0, bands));
        }
        List<String> classifications = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        String total = null;
        int totalAt = random.nextInt(3) == 0 ? -1 : random.nextInt(classificationCount);
        rankedTotal = totalAt >= 0 && random.nextBoolean();
        for (int c = 1; c <= classificationCount; c++) {
            String classification = "c" + c;
            classifications.add(classification);
            nodes.addAll(tree(classification, c - 1 == totalAt, indicators, tableIds, leavesWanted));
            if (c - 1 == totalAt) {
                total = classification;
            }
        }
        return new Spec(random.nextBoolean(), tables, indicators, classifications, nodes, total, random.nextBoolean(), rankedTotal);
    }

    /** 1 to 4 steps cutting 0..100 at whole (sometimes half) numbers; points rise from 0 to 2. */
    private Table table(String id) {
        TreeSet<BigDecimal> cuts = new TreeSet<>();
        int count = random.nextInt(4);
        while (cuts.size() < count) {
            BigDecimal cut = BigDecimal.valueOf(1 + random.nextInt(99));
            cuts.add(random.nextInt(4) == 0 ? cut.add(new BigDecimal("0.5")) : cut);
        }
        List<Step> steps = new ArrayList<>();
        BigDecimal from = null;
        int points = random.nextInt(3);
        for (BigDecimal cut : cuts) {
            steps.add(new Step(from, cut, points));
            from = cut;
            points += 1 + random.nextInt(2);
        }
        // a table whose top is 0 points makes a pooled share 0/0 in rules/common (see the report): kept above 0
        steps.add(new Step(from, null, Math.max(points, 1)));
        return new Table(id, steps);
    }

    /** Top nodes, some with leaf children; every indicator in exactly one leaf. */
    private List<Node> tree(String classification, boolean total, List<Indicator> indicators, List<String> tableIds,
                            int leavesWanted) {
        List<String> ids = new ArrayList<>(indicators.stream().map(Indicator::id).toList());
        Collections.shuffle(ids, random);
        List<List<String>> leaves = new ArrayList<>();
        for (int l = 0; l < leavesWanted; l++) {
            leaves.add(new ArrayList<>(List.of(ids.get(l))));
        }
        for (int i = leavesWanted; i < ids.size(); i++) {
            leaves.get(random.nextInt(leavesWanted)).add(ids.get(i));
        }
        List<Node> nodes = new ArrayList<>();
        int leaf = 0;
        int top = 0;
        while (leaf < leaves.size()) {
            top++;
            String topId = classification + "n" + top;
            boolean parent = random.nextBoolean();
            int childCount = parent ? Math.min(1 + random.nextInt(3), leaves.size() - leaf) : 0;
            List<String> members = new ArrayList<>();
            if (parent) {
                for (int k = 1; k <= childCount; k++) {
                    String childId = topId + "x" + k;
                    members.add(childId);
                    nodes.add(node(classification, childId, topId, false, leaves.get(leaf++), indicators, tableIds, false));
                }
            } else {
                members.addAll(leaves.get(leaf));
            }
            Node topNode = node(classification, topId, null, total, parent ? List.of() : leaves.get(leaf++), indicators,
                    tableIds, total);
            if (parent && topNode.aggregation().equals("weighted")) {
                members.stream().filter(member -> random.nextBoolean())
                        .forEach(member -> topNode.weights().put(member, 2 + random.nextInt(3)));
            }
            if (topNode.aggregation().equals("pooled")) {
                // a pooled node over only zero-scored children is 0/0 in rules/common (see the report)
                nodes.replaceAll(child -> topId.equals(child.parent()) ? notScoredWhenEmpty(child) : child);
            }
            nodes.add(topNode);
            if (!parent) {
                continue;
            }
        }
        return nodes;
    }

    private static Node notScoredWhenEmpty(Node node) {
        return new Node(node.classification(), node.id(), node.parent(), node.aggregation(), node.measurePoints(),
                node.bands(), false, node.factor(), node.weights(), node.indicators());
    }

    private Node node(String classification, String id, String parent, boolean total, List<String> memberIndicators,
                      List<Indicator> indicators, List<String> tableIds, boolean banded) {
        String aggregation = AGGREGATIONS.get(random.nextInt(AGGREGATIONS.size()));
        boolean allBanded = !memberIndicators.isEmpty() && memberIndicators.stream().allMatch(id2 -> indicators.stream()
                .filter(i -> i.id().equals(id2)).findFirst().orElseThrow().bands() != null);
        boolean measurePoints = allBanded && random.nextBoolean();
        String bands = banded || random.nextInt(3) == 0 ? tableIds.get(random.nextInt(tableIds.size())) : null;
        boolean missingZero = total && rankedTotal || random.nextInt(3) == 0;
        BigDecimal factor = total ? new BigDecimal(FACTORS.get(random.nextInt(FACTORS.size()))) : null;
        Map<String, Integer> weights = new LinkedHashMap<>();
        if (aggregation.equals("weighted")) {
            List<String> members = memberIndicators.isEmpty() ? List.of() : memberIndicators;
            for (String member : members) {
                if (random.nextBoolean()) {
                    weights.put(member, 2 + random.nextInt(3));
                }
            }
        }
        return new Node(classification, id, parent, aggregation, measurePoints, bands, missingZero, factor, weights,
                List.copyOf(memberIndicators));
    }

    private List<City> cities(Spec spec) {
        List<String> names = new ArrayList<>(CITY_NAMES);
        Collections.shuffle(names, random);
        int count = 1 + random.nextInt(5);
        List<City> cities = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            boolean sparse = random.nextInt(4) == 0;
            for (Indicator indicator : spec.indicators()) {
                // rules/common scores a missing no_benchmark value as 0 % under `missing: zero` (see the report)
                boolean mayLack = !(spec.missingZero() && indicator.method().equals("no_benchmark"));
                if (mayLack && random.nextInt(sparse ? 2 : 8) == 0) {
                    continue;
                }
                values.put(indicator.id(), value(indicator));
            }
            cities.add(new City(names.get(c), values));
        }
        return cities;
    }

    private BigDecimal value(Indicator indicator) {
        return switch (indicator.method()) {
            case "yes_no" -> random.nextBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
            case "share" -> random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(101))
                    : BigDecimal.valueOf(random.nextInt(10_001), 2).stripTrailingZeros();
            case "no_benchmark" -> BigDecimal.valueOf(random.nextInt(5000), 1).stripTrailingZeros();
            default -> {
                int pick = random.nextInt(6);
                BigDecimal factor = pick == 0 ? new BigDecimal(List.of("0", "0.5", "1", "2").get(random.nextInt(4)))
                        : BigDecimal.valueOf(random.nextInt(2001), 3);
                yield indicator.target().multiply(factor).setScale(random.nextInt(3), RoundingMode.HALF_UP).stripTrailingZeros();
            }
        };
    }

    private String csv(Spec spec, List<City> cities) {
        StringBuilder out = new StringBuilder("city");
        spec.indicators().forEach(indicator -> out.append(',').append(indicator.id()));
        out.append('\n');
        for (City city : cities) {
            out.append(city.name());
            for (Indicator indicator : spec.indicators()) {
                BigDecimal value = city.values().get(indicator.id());
                out.append(',');
                if (value != null) {
                    out.append(indicator.method().equals("yes_no") ? (value.signum() > 0 ? "yes" : "no") : value.toPlainString());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
