package kz.etalon.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.city.City;
import kz.etalon.city.CityValue;
import kz.etalon.engine.fact.Banded;
import kz.etalon.engine.fact.CityIndex;
import kz.etalon.engine.fact.CityTotal;
import kz.etalon.engine.fact.Derived;
import kz.etalon.engine.fact.Exact;
import kz.etalon.engine.fact.IndicatorScore;
import kz.etalon.engine.fact.Item;
import kz.etalon.engine.fact.NodeReady;
import kz.etalon.engine.fact.NodeValue;
import kz.etalon.engine.fact.NodeWeighted;
import kz.etalon.engine.fact.Rounded;
import kz.etalon.engine.fact.ToBand;
import kz.etalon.engine.fact.TopPoints;
import kz.etalon.engine.fact.MaxScore;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.MethodNode;
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
     * The result with what ranking reads only: score, points, index and nodes, but no indicator results
     * and no warnings; rule names are those {@code run} recorded (none for an unrecorded run). Every
     * derived fact is still checked as in {@link #of}, so a problem is found; the caller then runs the
     * city again in full to report it with the rules' names.
     */
    static Optional<CityResult> ranked(Standard standard, City city, SessionRun run, Problems problems) {
        CityOutcome outcome = new CityOutcome(standard, city, run, problems, false);
        run.facts().forEach(outcome::collect);
        return outcome.assemble(new ArrayList<>());
    }

    private void collect(Object fact) {
        if (fact instanceof IndicatorScore score) {
            keep(score, score.indicatorId());
        } else if (fact instanceof Item item) {
            keep(item, item.nodeKey() + "\n" + item.member());
        } else if (fact instanceof NodeReady ready) {
            keep(ready, ready.nodeKey());
        } else if (fact instanceof NodeValue value) {
            keep(value, value.nodeKey());
        } else if (fact instanceof kz.etalon.engine.fact.Reckoning reckoning) {
            keep(reckoning, reckoning.nodeKey());
        } else if (fact instanceof ToBand toBand) {
            keep(toBand, toBand.kind() + toBand.subject());
        } else if (fact instanceof Rounded rounded) {
            keep(rounded, rounded.kind() + rounded.subject());
        } else if (fact instanceof Banded band) {
            keep(band, band.kind() + band.subject());
        } else if (fact instanceof NodeWeighted weighted) {
            keep(weighted, weighted.nodeKey());
        } else if (fact instanceof kz.etalon.engine.fact.NodeTop top) {
            keep(top, top.nodeKey());
        } else if (fact instanceof TopPoints top) {
            keep(top, top.table());
        } else if (fact instanceof MaxScore || fact instanceof CityTotal || fact instanceof CityIndex) {
            keep((Derived) fact, "");
        }
    }

    private void keep(Derived fact, String key) {
        Derived earlier = byKey.computeIfAbsent(fact.getClass(), type -> new HashMap<>(
                type == IndicatorScore.class || type == Item.class ? run.facts().size() : 16)).putIfAbsent(key, fact);
        if (earlier != null) {
            // in the order of their names: the session hands its facts back in no fixed order
            List<String> names = java.util.stream.Stream.of(run.ruleOf(earlier), run.ruleOf(fact))
                    .map(String::valueOf).sorted().toList();
            String shown = key.replaceFirst("^(INDICATOR|NODE)", "").replace('\n', ' ');
            problems.error(rules, city.name() + ": " + (shown.isEmpty() ? "" : "`" + shown + "` got ") + "two "
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
                        ? "counted as 0" : "left out of its " + (standard.groupsAndAreas() ? "area's average" : "nodes"))
                        + " (missing: " + standard.scoring().missing().key() + ")");
            }
            Optional<Banded> band = find(Banded.class, "INDICATOR" + indicator.id());
            indicators.add(new IndicatorResult(indicator.id(), indicator.areaId(), value.text(),
                    Exact.settled(score.get().percent()), score.get().missing(), run.ruleOf(score.get()),
                    band.map(Banded::points).orElse(null), band.map(Banded::line).orElse(0)));
        }
        List<NodeResult> nodes = new ArrayList<>();
        for (MethodNode node : standard.method().nodes().toList()) {
            node(node).ifPresent(nodes::add);
        }
        Optional<CityTotal> total = find(CityTotal.class, "");
        Optional<CityIndex> index = find(CityIndex.class, "");
        if (standard.method().total().isPresent() && (total.isEmpty() || index.isEmpty())) {
            missingFact(total.isEmpty() ? "a total" : "an index", city.name());
        }
        if (problems.hasErrors()) {
            return Optional.empty();
        }
        GroupsAndAreas v1 = GroupsAndAreas.of(standard, nodes, detailed);
        if (detailed) {
            warnings.addAll(v1.warnings(city.name()));
        }
        return Optional.of(new CityResult(city.name(), 0, total.map(CityTotal::points).orElse(null),
                total.map(CityTotal::score).orElse(null), index.map(i -> Exact.settled(i.index())).orElse(null),
                v1.groups(), v1.areas(), indicators, total.map(run::ruleOf).orElse(null),
                index.map(run::ruleOf).orElse(null), nodes));
    }

    private Optional<NodeResult> node(MethodNode node) {
        Optional<NodeValue> value = find(NodeValue.class, node.key());
        if (value.isEmpty()) {
            missingFact("a value (aggregation `" + node.aggregation() + "`)", node.id());
            return Optional.empty();
        }
        Optional<Rounded> rounded = find(Rounded.class, "NODE" + node.key());
        Optional<Banded> band = find(Banded.class, "NODE" + node.key());
        Optional<NodeWeighted> weighted = find(NodeWeighted.class, node.key());
        boolean scored = value.get().scored();
        if (scored && node.bands() != null && band.isEmpty()) {
            missingFact("band", node.id());
            return Optional.empty();
        }
        if (standard.method().totalNodes().contains(node) && weighted.isEmpty()) {
            missingFact("weighted points", node.id());
            return Optional.empty();
        }
        return Optional.of(new NodeResult(node.key(), node.id(), node.classification(), node.level(),
                Exact.settled(value.get().value()), Exact.settled(value.get().amount()),
                Exact.settled(value.get().possible()), scored, value.get().counted(), value.get().missing(),
                rounded.map(Rounded::value).orElse(null), band.map(Banded::points).orElse(null),
                band.map(Banded::line).orElse(0), weighted.map(NodeWeighted::factor).orElse(null),
                weighted.map(NodeWeighted::weighted).orElse(null),
                new NodeResult.Rules(run.ruleOf(value.get()), rounded.map(run::ruleOf).orElse(null),
                        band.map(run::ruleOf).orElse(null), weighted.map(run::ruleOf).orElse(null)),
                detailed ? find(kz.etalon.engine.fact.Reckoning.class, node.key())
                        .map(reckoning -> Reckonings.of(standard, node, reckoning)).orElse(null) : null));
    }

    private <T> Optional<T> find(Class<T> type, String key) {
        return Optional.ofNullable(byKey.getOrDefault(type, Map.of()).get(key)).map(type::cast);
    }

    private void missingFact(String what, String key) {
        problems.error(rules, city.name() + ": the rules derived no " + what.replaceFirst("^an? ", "") + " for `" + key
                + "`; check the rules in " + standard.rules().stream().map(r -> "rules/" + r.name()).toList());
    }
}
