package kz.etalon.app;

import java.util.List;
import kz.etalon.problem.Problem;

/** A draft's text with every problem {@code validate} finds in it. */
public record Draft(String id, String basedOn, String text, List<Problem> problems) {

    public Draft {
        problems = List.copyOf(problems);
    }
}
