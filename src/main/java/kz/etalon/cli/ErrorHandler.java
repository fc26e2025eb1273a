package kz.etalon.cli;

import java.io.PrintWriter;
import kz.etalon.problem.InputException;
import picocli.CommandLine;

/**
 * A user's mistake gets every problem, gcc style, and exit 2; anything else is our bug: exit 3 with
 * a short message (the stack trace only when ETALON_DEBUG is set).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    private final PrintWriter err;

    ErrorHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (exception instanceof InputException input) {
            ProblemPrinter.print(input.problems(), err);
            return Main.BAD_INPUT;
        }
        err.println("etalon: internal error: " + Terminal.printable(String.valueOf(exception)));
        err.println("This is a bug in Etalon, not in your input; please report it with the command you ran.");
        if (System.getenv("ETALON_DEBUG") != null) {
            exception.printStackTrace(err);
        }
        err.flush();
        return Main.INTERNAL;
    }

    /** One line for a run that ran out of memory (any thread), never the JVM's stack trace. */
    static void outOfMemory(PrintWriter err, Throwable error) {
        if (error instanceof OutOfMemoryError) {
            err.println("etalon: internal error: out of memory (" + error.getMessage() + "); give Java more with"
                    + " ETALON_JAVA_OPTS=-Xmx4g, or smaller inputs");
        } else {
            err.println("etalon: internal error in " + Thread.currentThread().getName() + ": " + error);
        }
        err.flush();
    }
}
