package kz.etalon.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects every problem found in the inputs so that all of them can be reported at once. */
public final class Problems {

    private static final Comparator<Problem> BY_PLACE = Comparator
            .comparing((Problem p) -> String.valueOf(p.where().file()))
            .thenComparingInt(p -> p.where().line())
            .thenComparingInt(p -> p.where().column());

    /** Problems alike shown in full before the rest are counted. */
    static final int ALIKE_SHOWN = 10;
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`");

    private final List<Problem> found = new ArrayList<>();
    private final boolean warningsAreErrors;

    public Problems() {
        this(false);
    }

    private Problems(boolean warningsAreErrors) {
        this.warningsAreErrors = warningsAreErrors;
    }

    /**
     * Problems where every warning is an error ({@code --strict}): nothing that would be left out or
     * read with a doubt (a city with no column, a value that may be misread) passes.
     */
    public static Problems strict(boolean warningsAreErrors) {
        return new Problems(warningsAreErrors);
    }

    public void error(Location where, String message) {
        found.add(Problem.error(where, message));
    }

    public void warning(Location where, String message) {
        found.add(warningsAreErrors ? Problem.error(where, message) : Problem.warning(where, message));
    }

    public void addAll(Collection<Problem> problems) {
        problems.forEach(problem -> found.add(warningsAreErrors && !problem.isError()
                ? Problem.error(problem.where(), problem.message()) : problem));
    }

    /** Every problem as it was added, not sorted or shortened (each part was already sorted). */
    public List<Problem> inOrderFound() {
        return List.copyOf(found);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /**
     * In file and line order, so that output is stable and reads top to bottom; of problems alike (the
     * same message but for the names and numbers in it) the first {@link #ALIKE_SHOWN} are kept and the
     * rest are counted in one line, so a file with a million bad cells gives a page, not a million lines.
     */
    public List<Problem> sorted() {
        List<Problem> shown = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Problem> firstLeftOut = new LinkedHashMap<>();
        for (Problem problem : found.stream().sorted(BY_PLACE).toList()) {
            String shape = problem.severity() + " " + shape(problem.message());
            int count = seen.merge(shape, 1, Integer::sum);
            if (count <= ALIKE_SHOWN) {
                shown.add(problem);
            } else {
                firstLeftOut.putIfAbsent(shape, problem);
            }
        }
        firstLeftOut.forEach((shape, first) -> shown.add(new Problem(first.where(), first.severity(),
                String.format(Locale.ROOT, "… and %,d more like it", seen.get(shape) - ALIKE_SHOWN))));
        return shown.stream().sorted(BY_PLACE).toList();
    }

    /** A message with what is quoted in it and its numbers blanked out: problems of one kind share it. */
    private static String shape(String message) {
        return QUOTED.matcher(message).replaceAll("`").replaceAll("\\d+", "#");
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
