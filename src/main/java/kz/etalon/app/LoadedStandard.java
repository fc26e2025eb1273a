package kz.etalon.app;

import java.util.List;
import kz.etalon.engine.RuleBook;
import kz.etalon.problem.Problem;
import kz.etalon.standard.Standard;

/** A standard with the compiled rules it names, checked against them once, and the warnings of that check. */
public record LoadedStandard(Standard standard, RuleBook rules, List<Problem> warnings) {

    public LoadedStandard {
        warnings = List.copyOf(warnings);
    }

    public String id() {
        return standard.id();
    }
}
