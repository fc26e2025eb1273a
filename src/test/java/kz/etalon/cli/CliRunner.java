package kz.etalon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** The command line run in process, for tests outside this package: exit code and what it printed. */
public final class CliRunner {

    private CliRunner() {
    }

    public record Result(int exitCode, String out, String err) {

        public boolean hasStackTrace() {
            return (out + err).matches("(?s).*(Exception|\\n\\s+at [\\w$.]+\\().*");
        }
    }

    public static Result run(String... args) {
        return runIn(Path.of("").toAbsolutePath(), args);
    }

    /** Runs with {@code home} as the project folder (its standards/, rules/ and data/). */
    public static Result runIn(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Project(home, Path.of("").toAbsolutePath()), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
