package kz.etalon.engine;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.city.CityValue;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.Ranking;
import kz.etalon.standard.Standard;

/**
 * Evaluates every city of a data file under a standard: one stateless Drools session per city (the
 * fastest shape measured), then ranks the cities.
 */
public final class Evaluator {


    private final Standard standard;
    private final RuleBook rules;
    private final StandardFacts definitions;

    public Evaluator(Standard standard, RuleBook rules) {
        this.standard = standard;
        this.rules = rules;
        this.definitions = StandardFacts.of(standard, rules);
    }

    /** Scores every city (in parallel: a KieBase serves many sessions at once) and ranks them. */
    public Evaluation evaluate(CityData data) {
        List<CityRun> runs = data.cities().parallelStream().map(this::outcome).toList();
        Problems problems = new Problems();
        java.util.Map<String, List<String>> warnings = new java.util.LinkedHashMap<>();
        List<CityResult> results = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            CityRun run = runs.get(i);
            problems.addAll(run.problems());
            warnings.put(data.cities().get(i).name(), run.warnings());
            run.result().ifPresent(results::add);
        }
        problems.throwIfErrors();
        return new Evaluation(standard, data.file(), ranked(results), MissingValues.merged(warnings), data.names());
    }

    /** Whether a warning of {@link #evaluate} is about values missing (in one city or several), not another doubt. */
    public static boolean isMissingValues(String warning) {
        return MissingValues.isOne(warning);
    }

    /** One city's outcome with the problems and warnings it raised, kept apart so cities can run in parallel. */
    private record CityRun(java.util.Optional<CityResult> result, List<kz.etalon.problem.Problem> problems,
                           List<String> warnings) {
    }

    private CityRun outcome(City city) {
        Problems problems = new Problems();
        List<String> warnings = new ArrayList<>();
        java.util.Optional<CityResult> result = CityOutcome.of(standard, city, run(city), problems, warnings);
        return new CityRun(result, problems.sorted(), warnings);
    }

    /** One city's result, unranked (rank 0), for analyses that score many variants of a city. */
    public CityResult score(City city) {
        Problems problems = new Problems();
        java.util.Optional<CityResult> result = CityOutcome.of(standard, city, run(city), problems, new ArrayList<>());
        problems.throwIfErrors();
        return result.orElseThrow();
    }

    /**
     * Every city's score, points, index and groups, ranked, for analyses that read ranks only (thousands
     * of sensitivity runs): the same rules and checks as {@link #evaluate}, but no record of which rule
     * derived each fact, no indicator or area results and no warnings. A city whose facts have a problem
     * is run again in full, so that the problem is reported as {@link #evaluate} reports it.
     */
    public Evaluation rank(CityData data) {
        List<CityResult> results = new ArrayList<>();
        for (City city : data.cities()) {
            Problems problems = new Problems();
            java.util.Optional<CityResult> result = CityOutcome.ranked(standard, city, unrecorded(city), problems);
            if (problems.hasErrors()) {
                return evaluate(data);
            }
            result.ifPresent(results::add);
        }
        return new Evaluation(standard, data.file(), ranked(results), List.of(), data.names());
    }

    /** The cities ranked, or in the file's order (rank 0) when the standard ranks none. */
    private List<CityResult> ranked(List<CityResult> results) {
        return standard.method().ranked() ? Ranking.rank(results, standard.tieBreak()) : results;
    }

    public Standard standard() {
        return standard;
    }

    /** The rules' mapping from group averages to points, total, score and index, for analyses. */
    public GroupScoring groupScoring() {
        return new GroupScoring(standard, rules);
    }

    /** Every fact the rules derived for {@code city}, with the rule that derived each. */
    SessionRun run(City city) {
        return SessionRun.of(rules.kieBase().newStatelessKieSession(), facts(city));
    }

    private SessionRun unrecorded(City city) {
        return SessionRun.unrecorded(rules.kieBase().newStatelessKieSession(), facts(city));
    }

    /** Every fact of {@code city}'s session: the standard's definitions and each indicator with its value. */
    List<Object> facts(City city) {
        return definitions.forCity(id -> city.value(id).map(CityValue::number).orElse(null));
    }
}
