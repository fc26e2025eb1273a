package kz.etalon.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import kz.etalon.engine.fact.Exact;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;

/**
 * For each group, the fewest (or cheapest) improvements that lift it to each higher band; then the
 * combination of groups that reaches a goal at the least count (or cost). A group's average is the
 * sum of its indicators' gains, so within a group the largest gains first are the fewest changes,
 * and a 0/1 knapsack over costs gives the cheapest.
 */
final class GroupLevels {

    private static final int COST_UNITS_PER_ONE = 100;
    private static final int MAX_COST_UNITS = 200_000;

    private final Standard standard;
    private final CityResult start;
    private final boolean byCost;
    private final Map<String, List<WhatIf.Candidate>> byGroup = new LinkedHashMap<>();
    private final Map<String, List<Option>> options = new LinkedHashMap<>();
    private final List<WhatIf.Candidate> candidates;

    GroupLevels(Standard standard, CityResult start, List<WhatIf.Candidate> candidates, boolean byCost) {
        this.standard = standard;
        this.start = start;
        this.byCost = byCost;
        this.candidates = candidates;
        for (Group group : standard.groups()) {
            byGroup.put(group.id(), candidates.stream().filter(c -> c.group().equals(group.id())).toList());
            options.put(group.id(), options(group.id()));
        }
    }

    /** Reaching one band of one group: the improvements it takes and the group's average then. */
    record Option(int points, BigDecimal average, List<WhatIf.Candidate> picks, BigDecimal cost) {
    }

    record Choice(List<WhatIf.Candidate> improvements, BigDecimal cost) {
    }

    Optional<Choice> cheapestReaching(Goal goal, ToIntFunction<CityResult> rankOf) {
        List<String> groups = new ArrayList<>(options.keySet());
        Search search = new Search(goal, rankOf, groups);
        search.walk(0, new ArrayList<>());
        return Optional.ofNullable(search.best);
    }

    /** Per area, improving its indicators alone: the best ratio of points gained to improvements made. */
    List<WhatIfPlan.AreaEffect> areaEffects() {
        List<WhatIfPlan.AreaEffect> effects = new ArrayList<>();
        for (var area : standard.areas()) {
            List<WhatIf.Candidate> mine = candidates.stream().filter(c -> c.area().equals(area.id()))
                    .sorted(Comparator.comparing(WhatIf.Candidate::gain, Comparator.reverseOrder())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            GroupResult group = start.group(mine.get(0).group()).orElseThrow();
            BigDecimal sum = BigDecimal.ZERO;
            WhatIfPlan.AreaEffect best = null;
            for (int k = 1; k <= mine.size(); k++) {
                sum = sum.add(mine.get(k - 1).gain());
                int points = pointsOf(group.average().add(sum));
                BigDecimal gained = group.factor().multiply(BigDecimal.valueOf(points - group.points()));
                BigDecimal ratio = gained.divide(BigDecimal.valueOf(k), MathContext.DECIMAL64);
                if (gained.signum() > 0 && (best == null || ratio.compareTo(best.pointsPerImprovement()) > 0)) {
                    best = new WhatIfPlan.AreaEffect(area.id(), group.id(), k, gained, ratio);
                }
            }
            if (best != null) {
                effects.add(best);
            }
        }
        effects.sort(Comparator.comparing(WhatIfPlan.AreaEffect::pointsPerImprovement, Comparator.reverseOrder())
                .thenComparing(WhatIfPlan.AreaEffect::pointsGained, Comparator.reverseOrder())
                .thenComparing(WhatIfPlan.AreaEffect::area));
        return effects;
    }

    private List<Option> options(String groupId) {
        GroupResult now = start.group(groupId).orElseThrow();
        List<Option> list = new ArrayList<>();
        list.add(new Option(now.points(), now.average(), List.of(), BigDecimal.ZERO));
        List<WhatIf.Candidate> mine = byGroup.get(groupId);
        for (Band band : standard.scoring().bandsInOrder()) {
            if (band.points() <= now.points()) {
                continue;
            }
            Optional<List<WhatIf.Candidate>> picks = byCost ? cheapest(mine, now.average(), band) : fewest(mine, now.average(), band);
            if (picks.isEmpty()) {
                break;
            }
            BigDecimal average = now.average().add(sum(picks.get()));
            list.add(new Option(pointsOf(average), average, picks.get(),
                    picks.get().stream().map(WhatIf.Candidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return list;
    }

    private Optional<List<WhatIf.Candidate>> fewest(List<WhatIf.Candidate> mine, BigDecimal average, Band band) {
        List<WhatIf.Candidate> sorted = mine.stream()
                .sorted(Comparator.comparing(WhatIf.Candidate::gain, Comparator.reverseOrder())
                        .thenComparing(WhatIf.Candidate::indicator)).toList();
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; k <= sorted.size(); k++) {
            sum = sum.add(sorted.get(k - 1).gain());
            if (reaches(average.add(sum), band)) {
                return Optional.of(sorted.subList(0, k));
            }
        }
        return Optional.empty();
    }

    /** The cheapest subset whose gains lift the average into {@code band}: a 0/1 knapsack over cost units. */
    private Optional<List<WhatIf.Candidate>> cheapest(List<WhatIf.Candidate> mine, BigDecimal average, Band band) {
        int[] units = mine.stream().mapToInt(c -> c.cost().multiply(BigDecimal.valueOf(COST_UNITS_PER_ONE))
                .setScale(0, RoundingMode.CEILING).intValueExact()).toArray();
        int budget = Math.min(MAX_COST_UNITS, java.util.Arrays.stream(units).sum());
        BigDecimal[] bestGain = new BigDecimal[budget + 1];
        boolean[][] took = new boolean[mine.size()][budget + 1];
        java.util.Arrays.fill(bestGain, BigDecimal.ZERO);
        for (int i = 0; i < mine.size(); i++) {
            for (int c = budget; c >= units[i]; c--) {
                BigDecimal with = bestGain[c - units[i]].add(mine.get(i).gain());
                if (with.compareTo(bestGain[c]) > 0) {
                    bestGain[c] = with;
                    took[i][c] = true;
                }
            }
        }
        for (int c = 0; c <= budget; c++) {
            if (reaches(average.add(bestGain[c]), band)) {
                List<WhatIf.Candidate> picks = new ArrayList<>();
                int left = c;
                for (int i = mine.size() - 1; i >= 0; i--) {
                    if (took[i][left]) {
                        picks.add(mine.get(i));
                        left -= units[i];
                    }
                }
                return Optional.of(picks);
            }
        }
        return Optional.empty();
    }

    private boolean reaches(BigDecimal average, Band band) {
        return pointsOf(average) >= band.points();
    }

    private int pointsOf(BigDecimal average) {
        BigDecimal rounded = Exact.round(average, standard.scoring().rounding().mode(), standard.scoring().rounding().decimals());
        return standard.scoring().bands().stream().filter(b -> b.holds(rounded)).mapToInt(Band::points).findFirst().orElse(0);
    }

    private static BigDecimal sum(List<WhatIf.Candidate> picks) {
        return picks.stream().map(WhatIf.Candidate::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Walks every combination of one option per group and keeps the cheapest that reaches the goal. */
    private final class Search {

        private final Goal goal;
        private final ToIntFunction<CityResult> rankOf;
        private final List<String> groups;
        private Choice best;
        private BigDecimal bestPoints;

        Search(Goal goal, ToIntFunction<CityResult> rankOf, List<String> groups) {
            this.goal = goal;
            this.rankOf = rankOf;
            this.groups = groups;
        }

        void walk(int depth, List<Option> picked) {
            if (depth == groups.size()) {
                consider(picked);
                return;
            }
            for (Option option : options.get(groups.get(depth))) {
                picked.add(option);
                walk(depth + 1, picked);
                picked.remove(picked.size() - 1);
            }
        }

        private void consider(List<Option> picked) {
            List<WhatIf.Candidate> improvements = new ArrayList<>();
            BigDecimal cost = BigDecimal.ZERO;
            List<GroupResult> groupsAfter = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            BigDecimal weightedAverages = BigDecimal.ZERO;
            BigDecimal factors = BigDecimal.ZERO;
            for (int i = 0; i < picked.size(); i++) {
                Option option = picked.get(i);
                GroupResult was = start.group(groups.get(i)).orElseThrow();
                improvements.addAll(option.picks());
                cost = cost.add(byCost ? option.cost() : BigDecimal.valueOf(option.picks().size()));
                BigDecimal weighted = was.factor().multiply(BigDecimal.valueOf(option.points()));
                total = total.add(weighted);
                weightedAverages = weightedAverages.add(option.average().multiply(was.factor()));
                factors = factors.add(was.factor());
                groupsAfter.add(new GroupResult(was.id(), option.average(), was.areasScored(), was.rounded(), option.points(),
                        was.bandLine(), was.factor(), weighted, was.rules()));
            }
            if (best != null && (cost.compareTo(best.cost()) > 0
                    || (cost.compareTo(best.cost()) == 0 && total.compareTo(bestPoints) <= 0))) {
                return;
            }
            BigDecimal score = Exact.divide(total, standard.scoring().maxScore());
            CityResult after = new CityResult(start.city(), 0, total, score, Exact.divide(weightedAverages, factors),
                    groupsAfter, start.areas(), start.indicators(), start.totalRule(), start.indexRule());
            if (goal.reached(start.points(), total, score, rankOf.applyAsInt(after))) {
                best = new Choice(improvements, cost);
                bestPoints = total;
            }
        }
    }
}
