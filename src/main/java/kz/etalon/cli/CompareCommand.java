package kz.etalon.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.ChangeImpact;
import kz.etalon.analysis.Comparer;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.Scorer;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.city.CityFiles;
import kz.etalon.city.CityFile;
import kz.etalon.problem.Problems;
import kz.etalon.report.CompareJson;
import kz.etalon.report.CompareText;
import kz.etalon.standard.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare",
        description = {"Evaluates the same cities under two standards and shows who moved, by how much, and why:",
                "the rule outcomes that differ, and the changes of the standard that move each city.",
                "With two data files (old, new) it also splits each city's change into data effect,",
                "standard effect and interaction."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon compare --standard kz-2018 --standard kz-2019",
                "  ./etalon compare --standard kz-2018 --standard kz-2019 --cities data/kz-2018-cities.csv --cities data/kz-2019-cities.csv",
                "  ./etalon compare --standard kz-2019 --standard kz-2026 --city Almaty --all",
                "  ./etalon compare --standard kz-2018 --standard kz-2019 --format json --out compare.json"})
final class CompareCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE", required = true,
            description = "Give it twice: the earlier standard A, then the later standard B.")
    private List<String> standards;

    @Option(names = "--cities", paramLabel = "FILE",
            description = "One data file (.csv or .xlsx) for both standards, or two: A's year, then B's. Default: B's bundled data.")
    private List<Path> cities = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--city", paramLabel = "NAME", description = "Show the differing rule outcomes of this city only.")
    private String city;

    @Option(names = "--all", description = "Show every differing rule outcome (default: the 5 largest per city).")
    private boolean all;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all).")
    private Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (standards.size() != 2) {
            throw new ParameterException(spec.commandLine(), "give --standard twice: A (earlier) and B (later)");
        }
        if (cities.size() > 2) {
            throw new ParameterException(spec.commandLine(), "give --cities once (one data file) or twice (A's year, B's year)");
        }
        Project project = parent.project();
        Standard a = Inputs.standard(project, project.standardFile(standards.get(0))).standard();
        Standard b = Inputs.standard(project, project.standardFile(standards.get(1))).standard();
        List<CityFile> files = read(project, cities.isEmpty() ? List.of(project.defaultCities(b.id())) : cities);
        Scorer scorer = new Scorer(project.ruleBooks());
        Scorer.Scored aOld = scorer.score(a, files.get(0));
        Scorer.Scored bNew = scorer.score(b, files.get(files.size() - 1));
        Comparison comparison = Comparer.compare(aOld, bNew);
        List<Attribution> attribution = List.of();
        if (files.size() == 2) {
            Scorer.Scored aNew = scorer.score(a, files.get(1));
            Scorer.Scored bOld = scorer.score(b, files.get(0));
            attribution = Attribution.of(aOld.evaluation(), aNew.evaluation(), bOld.evaluation(), bNew.evaluation());
            List<kz.etalon.analysis.FitNote> notes = new ArrayList<>(comparison.notes());
            notes.addAll(aNew.notes());
            notes.addAll(bOld.notes());
            comparison = new Comparison(comparison.before(), comparison.after(), comparison.cities(),
                    comparison.comparisons(), comparison.onlyBefore(), comparison.onlyAfter(), notes);
        }
        if (city != null && comparison.comparisons().stream().noneMatch(c -> c.city().equalsIgnoreCase(city))) {
            throw new ParameterException(spec.commandLine(), "no city `" + city + "` in both evaluations");
        }
        List<Impact> impacts = ChangeImpact.of(a, b, StandardDiff.between(a, b), aOld.evaluation(), files.get(0), scorer);
        String text = format == Format.json ? CompareJson.render(comparison, impacts, attribution)
                : CompareText.render(comparison, impacts, attribution, all || city != null ? 0 : 5, Optional.ofNullable(city),
                        lang.name());
        Output.write(spec, project, out, out == null && format == Format.text && Terminal.colour() ? Terminal.movement(text) : text);
        return Main.OK;
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
}
