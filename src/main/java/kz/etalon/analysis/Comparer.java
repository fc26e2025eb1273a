package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.etalon.analysis.OutcomeDiff.Level;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Standard;

/** Compares two evaluations of the same cities, rule outcome by rule outcome. */
public final class Comparer {

    /**
     * Largest effect on the total points first, then on the index (to 9 decimals, so that effects equal
     * but for the last of 50 digits count as equal), then groups before areas before indicators.
     */
    static final Comparator<OutcomeDiff> BY_EFFECT = Comparator
            .comparing((OutcomeDiff d) -> d.pointsEffect().abs(), Comparator.reverseOrder())
            .thenComparing(d -> d.indexEffect().abs().setScale(9, java.math.RoundingMode.HALF_UP), Comparator.reverseOrder())
            .thenComparing(OutcomeDiff::level)
            .thenComparing(OutcomeDiff::id);

    private Comparer() {
    }

    public static Comparison compare(Scorer.Scored before, Scorer.Scored after) {
        Evaluation a = before.evaluation();
        Evaluation b = after.evaluation();
        List<CityComparison> comparisons = new ArrayList<>();
        List<String> onlyBefore = new ArrayList<>();
        for (CityResult cityB : b.cities()) {
            a.city(cityB.city()).ifPresent(cityA -> comparisons.add(city(a.standard(), cityA, b.standard(), cityB)));
        }
        a.cities().stream().map(CityResult::city).filter(name -> b.city(name).isEmpty()).forEach(onlyBefore::add);
        List<String> onlyAfter = b.cities().stream().map(CityResult::city).filter(name -> a.city(name).isEmpty()).toList();
        List<FitNote> notes = new ArrayList<>(before.notes());
        notes.addAll(after.notes());
        notes.addAll(Contributions.approximations(a, b));
        return new Comparison(a, b, b.citiesFile(), comparisons, onlyBefore, onlyAfter, notes);
    }

    static CityComparison city(Standard sa, CityResult a, Standard sb, CityResult b) {
        Contributions ca = new Contributions(sa, a);
        Contributions cb = new Contributions(sb, b);
        List<OutcomeDiff> diffs = new ArrayList<>();
        for (String id : union(a.groups().stream().map(GroupResult::id).toList(), b.groups().stream().map(GroupResult::id).toList())) {
            Optional<GroupResult> ga = a.group(id);
            Optional<GroupResult> gb = b.group(id);
            BigDecimal weightedA = ga.map(GroupResult::weighted).orElse(BigDecimal.ZERO);
            BigDecimal weightedB = gb.map(GroupResult::weighted).orElse(BigDecimal.ZERO);
            if (ga.isEmpty() || gb.isEmpty() || ga.get().average().compareTo(gb.get().average()) != 0
                    || weightedA.compareTo(weightedB) != 0) {
                diffs.add(new OutcomeDiff(Level.GROUP, id, ga.map(GroupResult::average).orElse(null),
                        gb.map(GroupResult::average).orElse(null), ga.map(g -> g.rules().band()).orElse(null),
                        gb.map(g -> g.rules().band()).orElse(null), ga.map(GroupResult::points).orElse(null),
                        gb.map(GroupResult::points).orElse(null), weightedB.subtract(weightedA),
                        cb.group(id).subtract(ca.group(id))));
            }
        }
        for (String id : union(a.areas().stream().map(AreaResult::id).toList(), b.areas().stream().map(AreaResult::id).toList())) {
            Optional<AreaResult> aa = a.area(id);
            Optional<AreaResult> ab = b.area(id);
            BigDecimal before = aa.map(AreaResult::average).orElse(null);
            BigDecimal after = ab.map(AreaResult::average).orElse(null);
            if (!sameNumber(before, after) || aa.isEmpty() != ab.isEmpty()) {
                diffs.add(new OutcomeDiff(Level.AREA, id, before, after, aa.map(AreaResult::rule).orElse(null),
                        ab.map(AreaResult::rule).orElse(null), null, null, BigDecimal.ZERO, cb.area(id).subtract(ca.area(id))));
            }
        }
        for (String id : union(a.indicators().stream().map(IndicatorResult::id).toList(),
                b.indicators().stream().map(IndicatorResult::id).toList())) {
            Optional<IndicatorResult> ia = indicator(a, id);
            Optional<IndicatorResult> ib = indicator(b, id);
            BigDecimal before = ia.map(IndicatorResult::percent).orElse(null);
            BigDecimal after = ib.map(IndicatorResult::percent).orElse(null);
            BigDecimal effect = cb.indicator(id).subtract(ca.indicator(id));
            boolean sameRule = Objects.equals(ia.map(IndicatorResult::rule), ib.map(IndicatorResult::rule));
            if (!sameNumber(before, after) || !sameRule || ia.isEmpty() != ib.isEmpty()) {
                diffs.add(new OutcomeDiff(Level.INDICATOR, id, before, after, ia.map(IndicatorResult::rule).orElse(null),
                        ib.map(IndicatorResult::rule).orElse(null), null, null, BigDecimal.ZERO, effect));
            }
        }
        diffs.sort(BY_EFFECT);
        return new CityComparison(b.city(), a, b, diffs);
    }

    private static Optional<IndicatorResult> indicator(CityResult city, String id) {
        return city.indicators().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
