package kz.etalon.cli;

import java.io.PrintWriter;
import java.util.List;
import kz.etalon.problem.Problem;

/** Prints problems one per line, gcc style, and a count of them. */
final class ProblemPrinter {

    private ProblemPrinter() {
    }

    static void print(List<Problem> problems, PrintWriter err) {
        problems.forEach(problem -> err.println(Terminal.printable(problem.toString())));
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        if (errors > 0) {
            err.println(count(errors, "error") + (warnings > 0 ? ", " + count(warnings, "warning") : "")
                    + "; nothing was written");
        }
        err.flush();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
