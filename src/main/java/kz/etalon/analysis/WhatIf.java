package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.etalon.city.City;
import kz.etalon.city.CityValue;
import kz.etalon.city.ValueKind;
import kz.etalon.engine.Evaluator;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.Ranking;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * The smallest set of indicator improvements that takes a city to a goal. Every number comes from
 * the standard's own rules: the best value of each indicator and what it adds to its group's average
 * are found by evaluating variants of the city through Drools; the search then tries, per group, the
 * largest (or cheapest) gains until the rules put the group in each band, combines the groups (their
 * total, score and index from the rules again), and the chosen plan is evaluated step by step.
 */
public final class WhatIf {

    private final Evaluator evaluator;
    private final Standard standard;
    private final Function<String, Optional<ValueKind>> kinds;
    private final Evaluation baseline;
    private final City city;
    private final CityResult start;
    private final Map<Map<String, String>, CityResult> scored = new HashMap<>();

    private WhatIf(Evaluator evaluator, Function<String, Optional<ValueKind>> kinds, Evaluation baseline, City city) {
        this.evaluator = evaluator;
        this.standard = evaluator.standard();
        this.kinds = kinds;
        this.baseline = baseline;
        this.city = city;
        this.start = baseline.city(city.name()).orElseThrow();
    }

    /**
     * @param costs what improving each indicator costs; empty to count improvements (fewest changes);
     *              with costs, indicators that have none are left as they are
     */
    public static WhatIfPlan plan(Evaluator evaluator, Function<String, Optional<ValueKind>> kinds, Evaluation baseline,
                                  City city, Goal goal, Map<String, BigDecimal> costs) {
        return new WhatIf(evaluator, kinds, baseline, city).plan(goal, costs);
    }

    private WhatIfPlan plan(Goal goal, Map<String, BigDecimal> costs) {
        List<Candidate> candidates = candidates(costs);
        GroupLevels levels = new GroupLevels(standard, evaluator.groupScoring(), this::withImprovements, start, candidates,
                !costs.isEmpty());
        Optional<GroupLevels.Choice> choice = levels.cheapestReaching(goal, this::rankOf);
        List<Candidate> chosen = choice.map(GroupLevels.Choice::improvements).orElse(candidates);
        List<WhatIfPlan.Step> steps = steps(order(chosen, !costs.isEmpty()));
        boolean reached = !steps.isEmpty() && reached(goal, steps.get(steps.size() - 1));
        boolean exact = choice.isPresent() && reached;
        if (choice.isPresent() && !reached) {
            // the rules are not additive the way the search assumed: add the best remaining gains until it holds
            List<Candidate> more = new ArrayList<>(chosen);
            for (Candidate next : order(candidates, !costs.isEmpty())) {
                if (!more.contains(next)) {
                    more.add(next);
                    steps = steps(order(more, !costs.isEmpty()));
                    if (reached(goal, steps.get(steps.size() - 1))) {
                        reached = true;
                        break;
                    }
                }
            }
        }
        return new WhatIfPlan(city.name(), goal, start, reached, exact, steps, levels.areaEffects());
    }

    private boolean reached(Goal goal, WhatIfPlan.Step last) {
        return goal.reached(start.points(), last.points(), last.score(), last.rank());
    }

    /** Every indicator the city can improve, its best value and what that adds to its group's average. */
    private List<Candidate> candidates(Map<String, BigDecimal> costs) {
        Map<String, BigDecimal> now = percents(start);
        Map<String, String> bestValue = new HashMap<>();
        Map<String, BigDecimal> bestPercent = new HashMap<>();
        for (int option = 0; option < 2; option++) {
            Map<String, String> values = new LinkedHashMap<>();
            for (Indicator indicator : standard.indicators().toList()) {
                List<String> options = options(indicator);
                values.put(indicator.id(), options.get(Math.min(option, options.size() - 1)));
            }
            Map<String, BigDecimal> percents = percents(evaluator.score(with(values)));
            values.forEach((id, value) -> {
                BigDecimal percent = percents.get(id);
                if (percent != null && (bestPercent.get(id) == null || percent.compareTo(bestPercent.get(id)) > 0)) {
                    bestPercent.put(id, percent);
                    bestValue.put(id, value);
                }
            });
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Indicator indicator : standard.indicators().toList()) {
            BigDecimal best = bestPercent.get(indicator.id());
            BigDecimal current = now.get(indicator.id());
            boolean priced = costs.isEmpty() || costs.containsKey(indicator.id());
            if (best == null || !priced || (current != null && current.compareTo(best) >= 0)) {
                continue;
            }
            CityResult improved = evaluator.score(with(Map.of(indicator.id(), bestValue.get(indicator.id()))));
            String group = standard.groupOf(indicator.areaId()).orElseThrow().id();
            BigDecimal gain = improved.group(group).orElseThrow().average().subtract(start.group(group).orElseThrow().average());
            candidates.add(new Candidate(indicator.id(), indicator.areaId(), group, valueOf(indicator.id()),
                    bestValue.get(indicator.id()), current, best, gain, costs.getOrDefault(indicator.id(), BigDecimal.ONE)));
        }
        return candidates;
    }

    /** Values to try for an indicator's best: the kind of value its method reads says which. */
    private List<String> options(Indicator indicator) {
        ValueKind kind = kinds.apply(indicator.method()).orElse(ValueKind.NUMBER);
        return switch (kind) {
            case YES_NO -> List.of("yes");
            case PERCENT -> List.of(standard.scoring().scale().toPlainString());
            case NUMBER -> indicator.target() == null ? List.of("0") : List.of(indicator.target().toPlainString(), "0");
        };
    }

    /** The city scored through the rules with {@code improvements} made (each set scored once). */
    private CityResult withImprovements(List<Candidate> improvements) {
        java.util.SortedMap<String, String> values = new java.util.TreeMap<>();
        improvements.forEach(candidate -> values.put(candidate.indicator(), candidate.bestValue()));
        return scored.computeIfAbsent(values, key -> evaluator.score(with(key)));
    }

    private List<WhatIfPlan.Step> steps(List<Candidate> ordered) {
        List<WhatIfPlan.Step> steps = new ArrayList<>();
        Map<String, String> applied = new LinkedHashMap<>();
        for (Candidate candidate : ordered) {
            applied.put(candidate.indicator(), candidate.bestValue());
            CityResult after = evaluator.score(with(applied));
            steps.add(new WhatIfPlan.Step(candidate, after.points(), after.score(), rankOf(after), groupPoints(after)));
        }
        return steps;
    }

    private static List<Candidate> order(List<Candidate> candidates, boolean byCost) {
        Comparator<Candidate> order = byCost
                ? Comparator.comparing((Candidate c) -> c.cost().signum() == 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
                        : c.gain().divide(c.cost(), java.math.MathContext.DECIMAL64), Comparator.reverseOrder())
                : Comparator.comparing(Candidate::gain, Comparator.reverseOrder());
        return candidates.stream().sorted(order.thenComparing(Candidate::indicator)).toList();
    }

    /** The city's rank among the others as they are, if it had {@code result}. */
    int rankOf(CityResult result) {
        List<CityResult> all = new ArrayList<>(baseline.cities());
        all.replaceAll(other -> other.city().equals(city.name()) ? result : other);
        return Ranking.rank(all, standard.tieBreak()).stream().filter(c -> c.city().equals(city.name()))
                .findFirst().orElseThrow().rank();
    }

    private City with(Map<String, String> values) {
        Map<String, CityValue> changed = new LinkedHashMap<>(city.values());
        values.forEach((id, text) -> {
            CityValue old = changed.get(id);
            Optional<ValueKind> kind = standard.indicator(id).flatMap(i -> kinds.apply(i.method()));
            BigDecimal number = kind.map(k -> k.parse(text, standard.scoring().scale()).number()).orElse(null);
            changed.put(id, new CityValue(id, text, number, old.at()));
        });
        return new City(city.name(), changed);
    }

    private String valueOf(String indicator) {
        return city.value(indicator).map(CityValue::text).filter(text -> !text.isEmpty()).orElse("(missing)");
    }

    private static Map<String, BigDecimal> percents(CityResult result) {
        Map<String, BigDecimal> percents = new HashMap<>();
        for (IndicatorResult indicator : result.indicators()) {
            percents.put(indicator.id(), indicator.percent());
        }
        return percents;
    }

    private static Map<String, Integer> groupPoints(CityResult result) {
        Map<String, Integer> points = new LinkedHashMap<>();
        result.groups().forEach((GroupResult group) -> points.put(group.id(), group.points()));
        return points;
    }

    /** One indicator the city can improve: from its value now to the best value, and the gain that makes. */
    public record Candidate(String indicator, String area, String group, String valueNow, String bestValue,
                            BigDecimal percentNow, BigDecimal bestPercent, BigDecimal gain, BigDecimal cost) {
    }
}
