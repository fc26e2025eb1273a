package kz.etalon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;

/** One in-process run of the command line, as {@code ./etalon} would make it, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return in(Path.of("").toAbsolutePath(), args);
    }

    /** Runs with {@code home} as the project folder (its rules/ and standards/). */
    static CliRun in(Path home, String... args) {
        return with(new Etalon(new Workspace(home, Path.of("").toAbsolutePath())), args);
    }

    /** Runs against {@code app}: a real application layer, or a mock of it. */
    static CliRun with(Etalon app, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(app, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs against {@code app} with these environment variables alone, and {@code writable} saying where this user may write. */
    static CliRun withEnvironment(Etalon app, java.util.Map<String, String> environment, java.util.function.Predicate<Path> writable,
                                  String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(app, environment::get, writable, new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    boolean hasStackTrace() {
        return (out + err).matches("(?s).*(Exception|\\n\\s+at [\\w$.]+\\().*");
    }
}
