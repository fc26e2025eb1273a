package kz.etalon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.app.Etalon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report",
        description = {"Writes the evaluation as one HTML file with charts, for reading in meetings and printing.",
                "It holds the ranking, the mean of each area, each area city by city, a heat map of cities by areas "
                        + "and a card per city. With two standards (or two data files) it adds the comparison: who moved, "
                        + "where each change comes from, and the changes of the standard that moved cities. With "
                        + "--sensitivity N it adds how solid each rank is, from N runs as the sensitivity command makes. "
                        + "The file works offline (no network, no script) and prints on A4. "
                        + "Without --out it is written to <standard id>-report.html."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon report --out report.html",
                "  ./etalon report --standard kz-2019 --cities cities-2019.xlsx --lang ru --out report-ru.html",
                "  ./etalon report --standard kz-2018 --standard kz-2019 --out compare.html",
                "  ./etalon report --standard kz-2018 --standard kz-2019 --cities data/kz-2018-cities.csv --cities data/kz-2019-cities.csv --out years.html",
                "  ./etalon report --sensitivity 200 --noise 10 --out report.html"})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardsOption standards;

    @Mixin
    private StrictOption strict;

    @Mixin
    private CitiesListOption cities;

    @Mixin
    private LanguageOption lang;

    @Mixin
    private OutOption out;

    @Option(names = "--sensitivity", paramLabel = "RUNS", converter = Bounds.Runs.class,
            description = "Add how solid each rank is: RUNS Monte Carlo runs (1 to " + Bounds.MAX_RUNS
                    + ") over noisy values, as `sensitivity --runs`. Default: off.")
    private Integer sensitivityRuns;

    @Mixin
    private NoiseOption noise;

    @Option(names = "--seed", defaultValue = "1",
            description = "With --sensitivity: the random seed; the same seed gives the same figures. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Override
    public Integer call() {
        List<String> ids = standards.between(1, 2, "give --standard once, or twice to compare (A, then B)");
        List<Path> files = cities.atMostTwo();
        checkSensitivityOptions();
        long started = System.nanoTime();
        Etalon app = strict.apply(workspace.app(parent));
        Path defaultFile = Path.of(reportedId(app, ids) + "-report.html");
        out.check(app.workspace(), ids, files, defaultFile);
        app.requireTotalAndRanking(ids, lang.code());
        Etalon.Report report = app.report(ids, files, sensitivityRuns == null ? null
                : new Etalon.SensitivityOptions(sensitivityRuns, noise.noise, seed), lang.code(), new TerminalProgress(out.err()));
        DraftWarning.print(out.err(), report.standard());
        report.inputWarnings().forEach(warning -> out.err().println(Terminal.printable(warning.toString())));
        NoteLines.print(out.err(), report.notes(), lang.code());
        out.err().flush();
        out.write(report.html());
        if (out.written().isPresent()) {
            Path target = out.written().get();
            spec.commandLine().getOut().printf("wrote %s: %d cities, %s, %.1f s%n", target, report.evaluation().cities().size(),
                    size(target), (System.nanoTime() - started) / 1e9);
            spec.commandLine().getOut().flush();
        }
        return Main.OK;
    }

    /** The id the default file is named for: the (later) standard's, known before loading when given by id. */
    private static String reportedId(Etalon app, List<String> ids) {
        String last = ids.get(ids.size() - 1);
        return app.workspace().isStandardId(last) ? last : app.standard(last).id();
    }

    private void checkSensitivityOptions() {
        if (sensitivityRuns == null) {
            for (String option : List.of("--noise", "--seed")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " goes with --sensitivity RUNS, e.g. --sensitivity 200");
                }
            }
        }
    }

    static String size(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (java.io.IOException e) {
            return "? KB";
        }
        return bytes < 1024 * 1024 ? String.format("%d KB", (bytes + 1023) / 1024) : String.format("%.1f MB", bytes / 1048576.0);
    }
}
