package kz.etalon.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.ChangeImpact;
import kz.etalon.analysis.Comparer;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.Scorer;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.city.CityData;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityFiles;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.RuleBook;
import kz.etalon.problem.Problems;
import kz.etalon.report.AtomicFile;
import kz.etalon.report.html.HtmlReport;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report",
        description = {"Writes the evaluation as one HTML file with charts, for reading in meetings and printing:",
                "the ranking, the mean of each area, each area city by city, a heat map of cities by areas and",
                "a card per city. With two standards (or two data files) it adds the comparison: who moved,",
                "where each change comes from, and the changes of the standard that moved cities. With",
                "--sensitivity N it adds how solid each rank is, from N runs as the sensitivity command makes.",
                "The file works offline (no network, no script) and prints on A4."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon report --out report.html",
                "  ./etalon report --standard kz-2019 --cities cities-2019.xlsx --lang ru --out report-ru.html",
                "  ./etalon report --standard kz-2018 --standard kz-2019 --out compare.html",
                "  ./etalon report --standard kz-2018 --standard kz-2019 --cities data/kz-2018-cities.csv --cities data/kz-2019-cities.csv --out years.html",
                "  ./etalon report --sensitivity 200 --noise 10 --out report.html"})
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE",
            description = "A standard id or YAML file; twice to compare the earlier A with the later B. Default: "
                    + Project.DEFAULT_STANDARD + ".")
    private List<String> standards = new ArrayList<>();

    @Option(names = "--cities", paramLabel = "FILE",
            description = "City data (.csv or .xlsx); twice for two data years (A's, then B's). Default: the bundled data of the (later) standard.")
    private List<Path> cities = new ArrayList<>();

    @Option(names = "--lang", defaultValue = "en", description = "Language of the report: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The HTML file to write (whole or not at all). Default: <standard id>-report.html.")
    private Path out;

    @Option(names = "--sensitivity", paramLabel = "RUNS",
            description = "Add how solid each rank is: RUNS Monte Carlo runs over noisy values, as `sensitivity --runs`. Default: off.")
    private Integer sensitivityRuns;

    @Option(names = "--noise", paramLabel = "PERCENT", defaultValue = "5",
            description = "With --sensitivity: each share and number varies by up to this many percent of itself; yes/no answers stay. Default: ${DEFAULT-VALUE}.")
    private BigDecimal noise;

    @Option(names = "--seed", defaultValue = "1",
            description = "With --sensitivity: the random seed; the same seed gives the same figures. Default: ${DEFAULT-VALUE}.")
    private long seed;

    /** The evaluation the report is about, with what it was computed from: a sensitivity analysis reruns it. */
    private record Evaluated(Standard standard, RuleBook rules, CityData data, Evaluation evaluation) {
    }

    /** The later evaluation of a comparison, and the comparison. */
    private record Compared(Evaluated later, HtmlReport.ComparisonPart part) {
    }

    @Override
    public Integer call() throws IOException {
        if (standards.size() > 2) {
            throw new ParameterException(spec.commandLine(), "give --standard once, or twice to compare (A, then B)");
        }
        if (cities.size() > 2) {
            throw new ParameterException(spec.commandLine(), "give --cities once, or twice for two data years (A's, then B's)");
        }
        checkSensitivityOptions();
        long started = System.nanoTime();
        Project project = parent.project();
        List<String> ids = standards.isEmpty() ? List.of(Project.DEFAULT_STANDARD) : standards;
        Evaluated main;
        HtmlReport.ComparisonPart comparison = null;
        if (ids.size() == 1 && cities.size() < 2) {
            main = evaluate(project, ids.get(0));
        } else {
            Compared compared = compare(project, ids);
            main = compared.later();
            comparison = compared.part();
        }
        HtmlReport.SensitivityPart sensitivity = sensitivityRuns == null ? null : sensitivity(main);
        String html = HtmlReport.render(main.evaluation(), comparison, sensitivity, lang.name());
        Path target = project.userFile(out != null ? out : Path.of(main.standard().id() + "-report.html"));
        AtomicFile.write(target, html);
        spec.commandLine().getOut().printf("wrote %s: %d cities, %s, %.1f s%n", target, main.evaluation().cities().size(),
                size(Files.size(target)), (System.nanoTime() - started) / 1e9);
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    private void checkSensitivityOptions() {
        if (sensitivityRuns == null) {
            for (String option : List.of("--noise", "--seed")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new ParameterException(spec.commandLine(), option + " goes with --sensitivity RUNS, e.g. --sensitivity 200");
                }
            }
            return;
        }
        if (sensitivityRuns < 1) {
            throw new ParameterException(spec.commandLine(), "--sensitivity must be at least 1 run");
        }
        if (noise.signum() < 0 || noise.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ParameterException(spec.commandLine(), "--noise is a percentage from 0 to 100");
        }
    }

    private Evaluated evaluate(Project project, String id) {
        Inputs.Checked checked = Inputs.standard(project, project.standardFile(id));
        Path citiesFile = cities.isEmpty() ? project.defaultCities(checked.standard().id()) : project.userFile(cities.get(0));
        Problems problems = new Problems();
        problems.addAll(checked.warnings());
        CityData data = Inputs.cities(checked, citiesFile, problems);
        problems.throwIfErrors();
        problems.warnings().forEach(spec.commandLine().getErr()::println);
        return new Evaluated(checked.standard(), checked.rules(), data,
                new Evaluator(checked.standard(), checked.rules()).evaluate(data));
    }

    private HtmlReport.SensitivityPart sensitivity(Evaluated main) {
        Uncertainty uncertainty = new Uncertainty(noise, List.of(), List.of(), Map.of());
        Progress progress = new Progress(spec.commandLine().getErr(), sensitivityRuns);
        List<Sensitivity.CityRanks> ranks = Sensitivity.run(main.standard(), main.rules(), main.data(), main.evaluation(),
                uncertainty, sensitivityRuns, seed, run -> progress.step());
        progress.done();
        return new HtmlReport.SensitivityPart(sensitivityRuns, seed, noise, ranks);
    }

    /** As {@code compare} does: A with the first data, B with the last, and with two data files the 2x2 split. */
    private Compared compare(Project project, List<String> ids) {
        Standard a = Inputs.standard(project, project.standardFile(ids.get(0))).standard();
        Standard b = ids.size() == 1 ? a : Inputs.standard(project, project.standardFile(ids.get(1))).standard();
        List<CityFile> files = read(project, cities.isEmpty() ? List.of(project.defaultCities(b.id())) : cities);
        Scorer scorer = new Scorer(project.ruleBooks());
        Scorer.Scored aOld = scorer.score(a, files.get(0));
        Scorer.Scored bNew = scorer.score(b, files.get(files.size() - 1));
        Comparison comparison = Comparer.compare(aOld, bNew);
        List<Attribution> attribution = List.of();
        if (files.size() == 2 && a != b) {
            Scorer.Scored aNew = scorer.score(a, files.get(1));
            Scorer.Scored bOld = scorer.score(b, files.get(0));
            attribution = Attribution.of(aOld.evaluation(), aNew.evaluation(), bOld.evaluation(), bNew.evaluation());
        }
        List<Impact> impacts = a == b ? List.of()
                : ChangeImpact.of(a, b, StandardDiff.between(a, b), aOld.evaluation(), files.get(0), scorer);
        Evaluated later = new Evaluated(b, project.ruleBooks().forStandard(b),
                scorer.fit(b, files.get(files.size() - 1)).data(), bNew.evaluation());
        return new Compared(later, new HtmlReport.ComparisonPart(comparison, impacts, attribution));
    }

    private static List<CityFile> read(Project project, List<Path> paths) {
        Problems problems = new Problems();
        List<CityFile> files = new ArrayList<>();
        for (Path path : paths) {
            CityFiles.read(project.userFile(path), problems).ifPresent(files::add);
        }
        problems.throwIfErrors();
        return files;
    }

    static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format("%d KB", (bytes + 1023) / 1024) : String.format("%.1f MB", bytes / 1048576.0);
    }
}
