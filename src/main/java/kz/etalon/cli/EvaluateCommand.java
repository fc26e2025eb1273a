package kz.etalon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Fragility;
import kz.etalon.app.Etalon;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.report.CsvReport;
import kz.etalon.report.ExplainReport;
import kz.etalon.report.FragilityReport;
import kz.etalon.report.JsonReport;
import kz.etalon.report.TableReport;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.sheet.ResultsWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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

    @Mixin
    private WorkspaceOption workspace;

    @Mixin
    private StandardOption standard;

    @Mixin
    private StrictOption strict;

    @Mixin
    private CitiesOption cities;

    @Option(names = "--format", defaultValue = "table",
            description = "table, json, csv or xlsx (an Excel workbook; needs --out). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--explain", paramLabel = "CITY",
            description = "Show how one city's result came about, rule by rule, with the YAML lines (any shape of standard).")
    private String explain;

    @Mixin
    private LanguageOption lang;

    @Mixin
    private OutOption out;

    @Option(names = "--fragile", paramLabel = "EPS", arity = "0..1", fallbackValue = "1", converter = Bounds.Fragile.class,
            description = "Flag group averages within EPS (0 to 100, default 1) of a band edge, and what crossing it would change.")
    private BigDecimal fragile;

    @Override
    public Integer call() throws IOException {
        Etalon app = strict.apply(workspace.app(parent));
        boolean workbook = format == Format.xlsx && explain == null;
        out.check(app.workspace(), List.of(standard.standard), Collections.singletonList(cities.cities));
        if (workbook && out.toTerminal()) {
            out.write(new byte[0], "--format xlsx writes an Excel workbook");
        }
        Etalon.Evaluated evaluated = app.evaluate(standard.standard, cities.cities);
        PrintWriter err = out.err();
        DraftWarning.print(err, evaluated.standard().standard());
        evaluated.inputWarnings().forEach(warning -> err.println(Terminal.printable(warning.toString())));
        NoteLines.print(err, evaluated.notes(), lang.code());
        Evaluation evaluation = evaluated.evaluation();
        evaluation.warnings().forEach(warning -> err.println("warning: " + Terminal.printable(warning)));
        err.flush();
        if (workbook) {
            out.write(ResultsWorkbook.write(evaluation, lang.code()), "--format xlsx writes an Excel workbook");
            return Main.OK;
        }
        int topPoints = evaluated.standard().standard().scoring().topPoints();
        boolean table = format == Format.table && explain == null;
        out.write(render(app, evaluated), text -> table ? Terminal.evaluation(text, topPoints) : text);
        return Main.OK;
    }

    private String render(Etalon app, Etalon.Evaluated evaluated) {
        Evaluation evaluation = evaluated.evaluation();
        if (explain != null) {
            CityResult city = evaluation.city(explain).orElseThrow(() -> InputException.of(
                    Location.of(evaluation.citiesFile()), "no city `" + explain + "` in the data; cities: "
                            + String.join(", ", evaluation.cities().stream().map(CityResult::city).toList())));
            return ExplainReport.render(evaluation, city, lang.code());
        }
        if (fragile != null) {
            app.requireTotalAndRanking(List.of(evaluated.standard().standard().file().toString()), lang.code());
        }
        List<Fragility.FragileGroup> flagged = fragile == null ? List.of() : app.fragility(evaluated, fragile);
        return switch (format) {
            case table -> TableReport.render(evaluation, lang.code())
                    + (fragile == null ? "" : FragilityReport.text(flagged, fragile, lang.code()));
            case json -> {
                var tree = JsonReport.tree(evaluation);
                if (fragile != null) {
                    tree.set("fragile", FragilityReport.json(flagged));
                }
                yield JsonReport.write(tree);
            }
            case csv -> CsvReport.render(evaluation, fragile == null ? java.util.Optional.empty() : java.util.Optional.of(flagged));
            case xlsx -> throw new IllegalStateException("xlsx is written as bytes");
        };
    }
}
