package kz.etalon.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.engine.fact.Observation;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.Ranking;
import kz.etalon.standard.Standard;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.KieCommands;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Evaluates every city of a data file under a standard: one stateless Drools session per city (the
 * fastest shape measured), then ranks the cities.
 */
public final class Evaluator {

    private static final String DERIVED = "derived";

    private final Standard standard;
    private final RuleBook rules;
    private final List<Object> definitions;
    private final KieCommands commands = KieServices.Factory.get().getCommands();

    public Evaluator(Standard standard, RuleBook rules) {
        this.standard = standard;
        this.rules = rules;
        this.definitions = StandardFacts.of(standard);
    }

    public Evaluation evaluate(CityData data) {
        Problems problems = new Problems();
        List<String> warnings = new ArrayList<>();
        List<CityResult> results = new ArrayList<>();
        for (City city : data.cities()) {
            Collection<?> derived = run(city);
            CityOutcome.of(standard, city, derived, problems, warnings).ifPresent(results::add);
        }
        problems.throwIfErrors();
        return new Evaluation(standard, data.file(), Ranking.rank(results, standard.tieBreak()), warnings);
    }

    /** One city's result, unranked (rank 0), for analyses that score many variants of a city. */
    public CityResult score(City city) {
        Problems problems = new Problems();
        java.util.Optional<CityResult> result = CityOutcome.of(standard, city, run(city), problems, new ArrayList<>());
        problems.throwIfErrors();
        return result.orElseThrow();
    }

    public Standard standard() {
        return standard;
    }

    /** Every fact the rules derived for {@code city}. */
    Collection<?> run(City city) {
        List<Object> facts = new ArrayList<>(definitions);
        city.values().values().stream()
                .filter(value -> !value.isMissing())
                .forEach(value -> facts.add(new Observation(value.indicator(), value.number())));
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        List<Command<?>> batch = List.of(
                commands.newInsertElements(facts),
                commands.newFireAllRules(),
                commands.newGetObjects(DERIVED));
        ExecutionResults results = session.execute(commands.newBatchExecution(batch));
        return (Collection<?>) results.getValue(DERIVED);
    }
}
