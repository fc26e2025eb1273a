package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point: {@code ./etalon <command>}. Exit 0 ok, 2 bad input or usage, 3 internal error. */
public final class Main {

    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private Main() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(Project.fromEnvironment(), out, err, args));
    }

    /** Runs one command line in process; tests call this directly. */
    public static int run(Project project, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new EtalonCommand(project));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(err));
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
