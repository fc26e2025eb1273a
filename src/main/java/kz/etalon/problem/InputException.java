package kz.etalon.problem;

import java.util.List;

/** The user's input cannot be used; carries every problem found, errors and warnings alike. */
public final class InputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public static InputException of(Location where, String message) {
        return new InputException(List.of(Problem.error(where, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
