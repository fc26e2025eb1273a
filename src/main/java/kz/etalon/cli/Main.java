package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
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
        // A thread that dies of memory ends the run the same way as the main thread: one line, exit 3.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            ErrorHandler.outOfMemory(err, error);
            if (error instanceof OutOfMemoryError) {
                Runtime.getRuntime().halt(INTERNAL);
            }
        });
        System.exit(run(new Etalon(Workspace.fromEnvironment()), out, err, args));
    }

    /** Runs one command line in process against {@code app}; tests call this directly. */
    public static int run(Etalon app, PrintWriter out, PrintWriter err, String... args) {
        return run(app, System::getenv, Files::isWritable, out, err, args);
    }

    /** As {@link #run(Etalon, PrintWriter, PrintWriter, String...)}, with the environment and the folders' rights given. */
    static int run(Etalon app, Function<String, String> environment, Predicate<Path> writable, PrintWriter out, PrintWriter err,
                   String... args) {
        CommandLine commandLine = new CommandLine(new EtalonCommand(app, environment, writable));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setExecutionExceptionHandler(new ErrorHandler(err));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            ErrorHandler.outOfMemory(err, e);
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }
}
