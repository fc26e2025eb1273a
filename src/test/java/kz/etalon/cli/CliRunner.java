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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path here = Path.of("").toAbsolutePath();
        int code = Main.run(new Project(here, here), new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }
}
