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
import java.util.function.Function;
import java.util.function.ToIntFunction;
import kz.etalon.engine.GroupScoring;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;

/**
 * For each group, the fewest (or cheapest) improvements that lift it to each higher band; then the
 * combination of groups that reaches a goal at the least count (or cost). Each indicator's gain (what
 * it alone adds to its group's average) only proposes which improvements to try, largest first, or by
 * a 0/1 knapsack over costs; whether a set reaches a band is decided by evaluating the city with it
 * through the rules, and a combination's total, score and index come from the rules too.
 */
final class GroupLevels {

    private static final int COST_UNITS_PER_ONE = 100;
    private static final int MAX_COST_UNITS = 200_000;

    private final Standard standard;
    private final GroupScoring scoring;
    private final Function<List<WhatIf.Candidate>, CityResult> evaluate;
    private final CityResult start;
    private final boolean byCost;
    private final Map<String, List<WhatIf.Candidate>> byGroup = new LinkedHashMap<>();
    private final Map<String, List<Option>> options = new LinkedHashMap<>();
    private final List<WhatIf.Candidate> candidates;

    /**
     * @param evaluate the city with a set of improvements made, as the rules score it
     */
    GroupLevels(Standard standard, GroupScoring scoring, Function<List<WhatIf.Candidate>, CityResult> evaluate,
                CityResult start, List<WhatIf.Candidate> candidates, boolean byCost) {
        this.standard = standard;
        this.scoring = scoring;
        this.evaluate = evaluate;
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
            int most = groupAfter(mine, group.id()).points();
            WhatIfPlan.AreaEffect best = null;
            // the best ratio is at the fewest improvements that reach some number of points: search each
            for (int level = group.points() + 1; level <= most; level++) {
                int k = fewestReaching(mine, group.id(), level);
                GroupResult after = groupAfter(mine.subList(0, k), group.id());
                BigDecimal gained = after.weighted().subtract(group.weighted());
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
            Optional<List<WhatIf.Candidate>> picks = byCost ? cheapest(mine, now.average(), band) : fewest(mine, band);
            if (picks.isEmpty()) {
                break;
            }
            GroupResult after = groupAfter(picks.get(), groupId);
            list.add(new Option(after.points(), after.average(), picks.get(),
                    picks.get().stream().map(WhatIf.Candidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        return list;
    }

    /** The first k of the largest gains whose improvements, evaluated through the rules, reach {@code band}. */
    private Optional<List<WhatIf.Candidate>> fewest(List<WhatIf.Candidate> mine, Band band) {
        List<WhatIf.Candidate> sorted = mine.stream()
                .sorted(Comparator.comparing(WhatIf.Candidate::gain, Comparator.reverseOrder())
                        .thenComparing(WhatIf.Candidate::indicator)).toList();
        if (sorted.isEmpty() || !reaches(sorted, band)) {
            return Optional.empty();
        }
        return Optional.of(sorted.subList(0, fewestReaching(sorted, sorted.get(0).group(), band.points())));
    }

    /**
     * The smallest k such that the first k of {@code ordered}, made together, give the group at least
     * {@code points} (all of them do); a binary search, as each improvement only adds.
     */
    private int fewestReaching(List<WhatIf.Candidate> ordered, String groupId, int points) {
        int low = 0;
        int high = ordered.size();
        while (high - low > 1) {
            int middle = (low + high) / 2;
            if (groupAfter(ordered.subList(0, middle), groupId).points() >= points) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /**
     * The cheapest subset that lifts the group into {@code band}: a 0/1 knapsack over cost units proposes,
     * by summed gains, the best subset at each budget; the first the rules confirm is taken.
     */
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
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        String groupId = mine.get(0).group();
        BigDecimal top = standard.scoring().scale();
        if (scoring.points(groupId, top) < band.points()) {
            return Optional.empty();
        }
        // the lowest average the rules put in the band (or higher), to within the edge search's resolution
        BigDecimal below = PointsEdge.locate(a -> scoring.points(groupId, a) < band.points(), average.min(top), top).same();
        BigDecimal needed = null;
        for (int c = 0; c <= budget; c++) {
            BigDecimal estimate = average.add(bestGain[c]);
            if ((needed != null && bestGain[c].compareTo(needed) <= 0) || estimate.compareTo(below) < 0
                    || (estimate.compareTo(below.add(PointsEdge.RESOLUTION)) < 0 && scoring.points(groupId, estimate) < band.points())) {
                continue;
            }
            List<WhatIf.Candidate> picks = new ArrayList<>();
            int left = c;
            for (int i = mine.size() - 1; i >= 0; i--) {
                if (took[i][left]) {
                    picks.add(mine.get(i));
                    left -= units[i];
                }
            }
            if (!picks.isEmpty() && reaches(picks, band)) {
                return Optional.of(picks);
            }
            // the gains did not add up as summed: a larger budget is worth evaluating once its gains beat these
            needed = bestGain[c];
        }
        return Optional.empty();
    }

    private boolean reaches(List<WhatIf.Candidate> picks, Band band) {
        return groupAfter(picks, picks.get(0).group()).points() >= band.points();
    }

    /** The group as the rules score it once {@code picks} are made. */
    private GroupResult groupAfter(List<WhatIf.Candidate> picks, String groupId) {
        return evaluate.apply(picks).group(groupId).orElseThrow();
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
            Map<String, BigDecimal> averages = new LinkedHashMap<>();
            for (int i = 0; i < picked.size(); i++) {
                Option option = picked.get(i);
                improvements.addAll(option.picks());
                cost = cost.add(byCost ? option.cost() : BigDecimal.valueOf(option.picks().size()));
                averages.put(groups.get(i), option.average());
            }
            if (best != null && cost.compareTo(best.cost()) > 0) {
                return;
            }
            GroupScoring.Outcome outcome = scoring.outcome(averages);
            BigDecimal total = outcome.total();
            if (best != null && cost.compareTo(best.cost()) == 0 && total.compareTo(bestPoints) <= 0) {
                return;
            }
            List<GroupResult> groupsAfter = new ArrayList<>();
            for (GroupResult was : start.groups()) {
                groupsAfter.add(new GroupResult(was.id(), averages.get(was.id()), was.areasScored(), was.rounded(),
                        outcome.points().get(was.id()), was.bandLine(), was.factor(), outcome.weighted().get(was.id()),
                        was.rules()));
            }
            CityResult after = new CityResult(start.city(), 0, total, outcome.score(), outcome.index(),
                    groupsAfter, start.areas(), start.indicators(), start.totalRule(), start.indexRule());
            if (goal.reached(start.points(), total, outcome.score(), rankOf.applyAsInt(after))) {
                best = new Choice(improvements, cost);
                bestPoints = total;
            }
        }
    }
}
