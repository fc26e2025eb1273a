package kz.etalon.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Collects every problem found in the inputs so that all of them can be reported at once. */
public final class Problems {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> String.valueOf(p.where().file()))
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column());

    private final List<Problem> found = new ArrayList<>();

    public void error(Location where, String message) {
        found.add(Problem.error(where, message));
    }

    public void warning(Location where, String message) {
        found.add(Problem.warning(where, message));
    }

    public void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** In file and line order, so that output is stable and reads top to bottom. */
    public List<Problem> sorted() {
        return found.stream().sorted(BY_PLACE).toList();
    }

    public List<Problem> warnings() {
        return sorted().stream().filter(p -> !p.isError()).toList();
    }

    /** Stops the run with every problem found so far, if any of them is an error. */
    public void throwIfErrors() {
        if (hasErrors()) {
            throw new InputException(sorted());
        }
    }
}
