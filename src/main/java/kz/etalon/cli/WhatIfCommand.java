package kz.etalon.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import kz.etalon.analysis.Goal;
import kz.etalon.analysis.WhatIf;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.city.CostsCsvReader;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.report.WhatIfReport;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Indicator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "whatif",
        description = {"The smallest set of indicator improvements that takes a city to a goal, found through the",
                "standard's own rules, with the gain of each step; and the areas where an improvement pays most."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon whatif --city Aktau", "  ./etalon whatif --city Aktau --goal rank:10",
                "  ./etalon whatif --city Almaty --goal score:80% --costs costs.csv",
                "", "Goals: next-points (more points than now), rank:N, score:X (0.8 or 80%).",
                "Costs: a CSV `indicator,cost`; with it the plan is the cheapest, and only listed indicators change."})
final class WhatIfCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--city", required = true, paramLabel = "NAME", description = "The city to plan for.")
    private String cityName;

    @Option(names = "--goal", defaultValue = "next-points", description = "next-points, rank:N or score:X. Default: ${DEFAULT-VALUE}.")
    private String goalText;

    @Option(names = "--costs", paramLabel = "FILE", description = "indicator,cost CSV: find the cheapest plan instead of the shortest.")
    private Path costsFile;

    @Option(names = "--standard", paramLabel = "ID|FILE", defaultValue = Project.DEFAULT_STANDARD,
            description = "A standard id or YAML file. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Option(names = "--cities", paramLabel = "FILE", description = "City data. Default: data/<standard id>-cities.csv.")
    private Path cities;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--lang", defaultValue = "en", description = "Language of names: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Goal goal = Goal.parse(goalText).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--goal `" + goalText + "` is not next-points, rank:N (N from 1) or score:X (e.g. 0.8 or 80%)"));
        Project project = parent.project();
        Inputs.Checked checked = Inputs.standard(project, project.standardFile(standard));
        Path citiesFile = cities != null ? project.userFile(cities) : project.defaultCities(checked.standard().id());
        Problems problems = new Problems();
        CityData data = Inputs.cities(checked, citiesFile, problems);
        Map<String, BigDecimal> costs = Map.of();
        if (costsFile != null) {
            Set<String> ids = checked.standard().indicators().map(Indicator::id).collect(Collectors.toSet());
            costs = CostsCsvReader.read(project.userFile(costsFile), ids, problems);
        }
        problems.throwIfErrors();
        City city = data.city(cityName).orElseThrow(() -> InputException.of(Location.of(citiesFile), "no city `" + cityName
                + "` in the data; cities: " + data.cities().stream().map(City::name).collect(Collectors.joining(", "))));
        Evaluator evaluator = new Evaluator(checked.standard(), checked.rules());
        Evaluation baseline = evaluator.evaluate(data);
        WhatIfPlan plan = WhatIf.plan(evaluator, checked.rules()::inputOf, baseline, city, goal, costs);
        String text = format == Format.json ? WhatIfReport.json(plan, checked.standard())
                : WhatIfReport.text(plan, checked.standard(), lang.name(), costsFile != null);
        Output.write(spec, project, out, text);
        return Main.OK;
    }
}
