package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.etalon.app.Etalon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "etalon",
        mixinStandardHelpOptions = true,
        version = "etalon 0.1.0",
        description = "Evaluates cities against versioned smart-city reference standards (YAML) with Drools rules (DRL).",
        footer = {"", "Examples:", "  ./etalon evaluate", "  ./etalon evaluate --standard kz-2019 --format json --out results.json",
                "  ./etalon evaluate --explain Almaty --lang ru", "  ./etalon validate standards/kz-2019.yaml data/kz-2019-cities.csv",
                "  ./etalon report --lang ru --out report.html", "  ./etalon template --out cities-2019.xlsx",
                "  ./etalon whatif --city Aktau", "  ./etalon sensitivity --runs 200", "  ./etalon serve"},
        subcommands = {EvaluateCommand.class, ValidateCommand.class, DiffCommand.class, CompareCommand.class,
                WhatIfCommand.class, SensitivityCommand.class, ReportCommand.class, TemplateCommand.class,
                HistoryCommand.class, PublishCommand.class, RoundCommand.class, ServeCommand.class, UserCommand.class, BackupCommand.class,
                RestoreCommand.class,
                CompletionCommand.class})
final class EtalonCommand implements Runnable {

    private final Etalon app;
    private final Function<String, String> environment;
    private final Predicate<Path> writable;

    @Spec
    private CommandSpec spec;

    /**
     * @param app         the application layer on Etalon's own folder; commands take theirs from {@link WorkspaceOption}
     * @param environment the process's environment variables
     * @param writable    whether this user may write in a folder
     */
    EtalonCommand(Etalon app, Function<String, String> environment, Predicate<Path> writable) {
        this.app = app;
        this.environment = environment;
        this.writable = writable;
    }

    Etalon app() {
        return app;
    }

    Function<String, String> environment() {
        return environment;
    }

    Predicate<Path> writable() {
        return writable;
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a command: "
                + String.join(", ", spec.subcommands().keySet()) + " (see --help)");
    }
}
