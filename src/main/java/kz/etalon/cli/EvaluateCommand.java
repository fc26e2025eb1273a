package kz.etalon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.etalon.city.CityData;
import kz.etalon.analysis.Fragility;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.report.AtomicFile;
import kz.etalon.report.CsvReport;
import kz.etalon.report.ExplainReport;
import kz.etalon.report.FragilityReport;
import kz.etalon.report.JsonReport;
import kz.etalon.report.TableReport;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "evaluate",
        description = "Scores and ranks the cities of a data file under a standard.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon evaluate", "  ./etalon evaluate --standard kz-2019 --cities data/kz-2019-cities.csv --format json",
                "  ./etalon evaluate --explain Almaty", "  ./etalon evaluate --cities cities-2019.xlsx --format xlsx --out results.xlsx",
                "  ./etalon evaluate --standard my-standard.yaml --cities my-cities.csv --out results.csv --format csv"})
final class EvaluateCommand implements Callable<Integer> {

    enum Format { table, json, csv, xlsx }

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE", defaultValue = Project.DEFAULT_STANDARD,
            description = "A standard id (standards/<id>.yaml) or the path of a YAML file. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Option(names = "--cities", paramLabel = "FILE",
            description = "City data: CSV (long or wide form) or an Excel workbook (.xlsx). Default: data/<standard id>-cities.csv.")
    private Path cities;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json, csv or xlsx (an Excel workbook; needs --out). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--explain", paramLabel = "CITY",
            description = "Show how one city's total came about, rule by rule, with the YAML lines.")
    private String explain;

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of the terminal.")
    private Path out;

    @Option(names = "--fragile", paramLabel = "EPS", arity = "0..1", fallbackValue = "1",
            description = "Flag group averages within EPS (default 1) of a band edge, and what crossing it would change.")
    private java.math.BigDecimal fragile;

    @Override
    public Integer call() throws IOException {
        Project project = parent.project();
        Inputs.Checked checked = Inputs.standard(project, project.standardFile(standard));
        Path citiesFile = cities != null ? project.userFile(cities) : project.defaultCities(checked.standard().id());
        if (format == Format.xlsx && out == null && explain == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--format xlsx writes an Excel workbook; give the file with --out FILE");
        }
        Problems problems = new Problems();
        problems.addAll(checked.warnings());
        CityData data = Inputs.cities(checked, citiesFile, problems);
        problems.throwIfErrors();
        PrintWriter err = spec.commandLine().getErr();
        problems.warnings().forEach(err::println);
        Evaluation evaluation = new Evaluator(checked.standard(), checked.rules()).evaluate(data);
        evaluation.warnings().forEach(warning -> err.println("warning: " + warning));
        if (format == Format.xlsx && explain == null) {
            AtomicFile.write(project.userFile(out), kz.etalon.sheet.ResultsWorkbook.write(evaluation, lang.name()));
            err.flush();
            return Main.OK;
        }
        String text = render(evaluation, checked.rules());
        if (out == null && format == Format.table && explain == null && Terminal.colour()) {
            text = Terminal.evaluation(text, checked.standard().scoring().topPoints());
        }
        if (out != null) {
            Path target = project.userFile(out);
            try {
                AtomicFile.write(target, text);
            } catch (IOException e) {
                String reason = java.nio.file.Files.isDirectory(target) ? "it is a folder"
                        : e instanceof java.nio.file.NoSuchFileException ? "there is no folder " + target.toAbsolutePath().getParent()
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                        : String.valueOf(e.getMessage());
                throw InputException.of(Location.of(target), "cannot write the output: " + reason
                        + "; --out names a file in a folder that exists and that you may write to");
            }
        } else {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        err.flush();
        return Main.OK;
    }

    private String render(Evaluation evaluation, kz.etalon.engine.RuleBook rules) {
        if (explain != null) {
            CityResult city = evaluation.city(explain).orElseThrow(() -> InputException.of(
                    Location.of(evaluation.citiesFile()), "no city `" + explain + "` in the data; cities: "
                            + String.join(", ", evaluation.cities().stream().map(CityResult::city).toList())));
            return ExplainReport.render(evaluation, city, lang.name());
        }
        if (fragile != null && fragile.signum() < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fragile takes a distance of 0 or more");
        }
        java.util.List<Fragility.FragileGroup> flagged = fragile == null ? java.util.List.of()
                : Fragility.find(evaluation, rules, fragile);
        return switch (format) {
            case table -> TableReport.render(evaluation, lang.name())
                    + (fragile == null ? "" : FragilityReport.text(flagged, fragile));
            case json -> {
                var tree = JsonReport.tree(evaluation);
                if (fragile != null) {
                    tree.set("fragile", FragilityReport.json(flagged));
                }
                yield JsonReport.write(tree);
            }
            case csv -> CsvReport.render(evaluation);
            case xlsx -> throw new IllegalStateException("xlsx is written as bytes");
        };
    }
}
