package kz.etalon.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.city.City;
import kz.etalon.city.CityValue;
import kz.etalon.engine.fact.AreaScore;
import kz.etalon.engine.fact.CityIndex;
import kz.etalon.engine.fact.CityTotal;
import kz.etalon.engine.fact.Derived;
import kz.etalon.engine.fact.Exact;
import kz.etalon.engine.fact.GroupAverage;
import kz.etalon.engine.fact.GroupBand;
import kz.etalon.engine.fact.GroupScore;
import kz.etalon.engine.fact.IndicatorScore;
import kz.etalon.engine.fact.RoundedAverage;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * Turns the facts a session derived for one city into its result, in the standard's order. Quotients
 * carry 50 significant digits, so one exact value reached by two paths (575/6 as a mean of areas or of
 * indicators) can differ in its last digit; results are settled to the 30 decimals that rounding
 * already sees ({@link Exact#settled}), so that equal cities compare equal and share a rank. Rules are
 * code a standard may bring: when they leave a value underived, or derive it twice, that is reported
 * with the rule names rather than scored silently.
 */
final class CityOutcome {

    private final Standard standard;
    private final City city;
    private final SessionRun run;
    private final Problems problems;
    private final Location rules;
    private final boolean detailed;
    private final Map<Class<?>, Map<String, Derived>> byKey = new HashMap<>();

    private CityOutcome(Standard standard, City city, SessionRun run, Problems problems, boolean detailed) {
        this.standard = standard;
        this.detailed = detailed;
        this.run = run;
        this.city = city;
        this.problems = problems;
        this.rules = Location.of(standard.file());
    }

    static Optional<CityResult> of(Standard standard, City city, SessionRun run, Problems problems,
                                   List<String> warnings) {
        CityOutcome outcome = new CityOutcome(standard, city, run, problems, true);
        run.facts().forEach(outcome::collect);
        return outcome.assemble(warnings);
    }

    /**
     * The result with what ranking reads only: score, points, index and groups, but no indicator or area
     * results and no warnings; rule names are those {@code run} recorded (none for an unrecorded run).
     * Every derived fact is still checked as in {@link #of}, so a problem is found; the caller then runs
     * the city again in full to report it with the rules' names.
     */
    static Optional<CityResult> ranked(Standard standard, City city, SessionRun run, Problems problems) {
        CityOutcome outcome = new CityOutcome(standard, city, run, problems, false);
        run.facts().forEach(outcome::collect);
        return outcome.assemble(new ArrayList<>());
    }

    private void collect(Object fact) {
        if (fact instanceof IndicatorScore score) {
            keep(score, score.indicatorId());
        } else if (fact instanceof AreaScore score) {
            keep(score, score.areaId());
        } else if (fact instanceof GroupAverage average) {
            keep(average, average.groupId());
        } else if (fact instanceof RoundedAverage rounded) {
            keep(rounded, rounded.groupId());
        } else if (fact instanceof GroupBand band) {
            keep(band, band.groupId());
        } else if (fact instanceof GroupScore score) {
            keep(score, score.groupId());
        } else if (fact instanceof CityTotal cityTotal) {
            keep(cityTotal, "");
        } else if (fact instanceof CityIndex cityIndex) {
            keep(cityIndex, "");
        }
    }

    private void keep(Derived fact, String key) {
        Derived earlier = byKey.computeIfAbsent(fact.getClass(), type -> new HashMap<>(
                type == IndicatorScore.class ? run.facts().size() : 16)).putIfAbsent(key, fact);
        if (earlier != null) {
            // in the order of their names: the session hands its facts back in no fixed order
            List<String> names = java.util.stream.Stream.of(run.ruleOf(earlier), run.ruleOf(fact))
                    .map(String::valueOf).sorted().toList();
            problems.error(rules, city.name() + ": " + (key.isEmpty() ? "" : "`" + key + "` got ") + "two "
                    + fact.getClass().getSimpleName() + " facts (rules \"" + names.get(0) + "\" and \"" + names.get(1)
                    + "\"); make the rules exclusive");
        }
    }

    private Optional<CityResult> assemble(List<String> warnings) {
        List<IndicatorResult> indicators = new ArrayList<>();
        for (Indicator indicator : standard.indicators().toList()) {
            Optional<IndicatorScore> score = find(IndicatorScore.class, indicator.id());
            if (score.isEmpty()) {
                problems.error(indicator.at(), city.name() + ": no rule scored " + indicator.id() + " (method `"
                        + indicator.method() + "`); a rule for that method should match it");
                continue;
            }
            if (!detailed) {
                continue;
            }
            CityValue value = city.value(indicator.id()).orElseThrow();
            if (score.get().missing()) {
                warnings.add(MissingValues.MARK + indicator.id() + " has no value; " + (score.get().counted()
                        ? "counted as 0" : "left out of its area's average") + " (missing: "
                        + standard.scoring().missing().key() + ")");
            }
            indicators.add(new IndicatorResult(indicator.id(), indicator.areaId(), value.text(),
                    Exact.settled(score.get().percent()),
                    score.get().missing(), run.ruleOf(score.get())));
        }
        List<AreaResult> areas = new ArrayList<>();
        for (Area area : standard.areas()) {
            find(AreaScore.class, area.id()).ifPresentOrElse(score -> {
                if (!detailed) {
                    return;
                }
                if (score.average() == null) {
                    warnings.add(city.name() + ": area " + area.id() + " has no value left; left out of its group's average");
                }
                areas.add(new AreaResult(area.id(), score.groupId(), Exact.settled(score.average()), score.scored(), score.missing(),
                        run.ruleOf(score)));
            }, () -> missingFact("an area average", area.id()));
        }
        List<GroupResult> groups = new ArrayList<>();
        for (Group group : standard.groups()) {
            group(group, warnings).ifPresent(groups::add);
        }
        Optional<CityTotal> total = find(CityTotal.class, "");
        Optional<CityIndex> index = find(CityIndex.class, "");
        if (total.isEmpty() || index.isEmpty()) {
            missingFact(total.isEmpty() ? "a total" : "an index", city.name());
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CityResult(city.name(), 0, total.get().points(), total.get().score(),
                Exact.settled(index.get().index()),
                groups, areas, indicators, run.ruleOf(total.get()), run.ruleOf(index.get())));
    }

    private Optional<GroupResult> group(Group group, List<String> warnings) {
        Optional<GroupAverage> average = find(GroupAverage.class, group.id());
        Optional<RoundedAverage> rounded = find(RoundedAverage.class, group.id());
        Optional<GroupBand> band = find(GroupBand.class, group.id());
        Optional<GroupScore> score = find(GroupScore.class, group.id());
        if (average.isEmpty() || rounded.isEmpty() || band.isEmpty() || score.isEmpty()) {
            missingFact(average.isEmpty() ? "a group average" : rounded.isEmpty() ? "a rounded average"
                    : band.isEmpty() ? "a band" : "weighted points", group.id());
            return Optional.empty();
        }
        if (detailed && average.get().areas() == 0) {
            warnings.add(city.name() + ": group " + group.id() + " has no scored area; it scores 0 (the lowest band)");
        }
        return Optional.of(new GroupResult(group.id(), Exact.settled(average.get().average()), average.get().areas(),
                rounded.get().value(), band.get().points(), band.get().bandLine(), score.get().factor(),
                score.get().weighted(), new GroupResult.Rules(run.ruleOf(average.get()), run.ruleOf(rounded.get()),
                run.ruleOf(band.get()), run.ruleOf(score.get()))));
    }

    private <T> Optional<T> find(Class<T> type, String key) {
        return Optional.ofNullable(byKey.getOrDefault(type, Map.of()).get(key)).map(type::cast);
    }

    private void missingFact(String what, String key) {
        problems.error(rules, city.name() + ": the rules derived no " + what.replaceFirst("^an? ", "") + " for `" + key
                + "`; check the rules in " + standard.rules().stream().map(r -> "rules/" + r.name()).toList());
    }

}
