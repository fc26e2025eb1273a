package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.Optional;
import kz.etalon.engine.fact.MaxScore;
import kz.etalon.standard.Standard;

/** The maximum a standard's total can reach, as its rules derive it from the definitions alone (no city). */
public final class MaxScores {

    private MaxScores() {
    }

    /** Empty when the standard has no total (or its rules derive no maximum). */
    public static Optional<BigDecimal> derive(Standard standard, RuleBook rules) {
        if (standard.method().total().isEmpty()) {
            return Optional.empty();
        }
        return SessionRun.unrecorded(rules.kieBase().newStatelessKieSession(), StandardFacts.of(standard, rules).shared())
                .facts().stream().filter(MaxScore.class::isInstance).map(fact -> ((MaxScore) fact).value()).findFirst();
    }
}
