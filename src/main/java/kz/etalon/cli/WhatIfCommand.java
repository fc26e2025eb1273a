package kz.etalon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Goal;
import kz.etalon.app.Etalon;
import kz.etalon.report.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "whatif",
        description = {"The smallest set of indicator improvements that takes a city to a goal, step by step.",
                "The plan is found through the standard's own rules, with the gain of each step, and the areas "
                        + "where an improvement pays most."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon whatif --city Aktau", "  ./etalon whatif --city Aktau --goal rank:10",
                "  ./etalon whatif --city Almaty --goal score:80%% --costs costs.csv",
                "", "Goals: next-points (more points than now), rank:N, score:X (0.8 or 80%%).",
                "Costs: a CSV `indicator,cost`; with it the plan is the cheapest, and only listed indicators change."})
final class WhatIfCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Option(names = "--city", required = true, paramLabel = "NAME", description = "The city to plan for.")
    private String cityName;

    @Option(names = "--goal", defaultValue = "next-points", converter = Bounds.GoalValue.class,
            description = "next-points, rank:N (1 to 10000) or score:X (above 0, at most 1 or 100%%). Default: ${DEFAULT-VALUE}.")
    private Goal goal;

    @Option(names = "--costs", paramLabel = "FILE", description = "indicator,cost CSV: find the cheapest plan instead of the shortest.")
    private Path costsFile;

    @Mixin
    private StandardOption standard;

    @Mixin
    private StrictOption strict;

    @Mixin
    private CitiesOption cities;

    @Mixin
    private TextFormatOption format;

    @Mixin
    private LanguageOption lang;

    @Mixin
    private OutOption out;

    @Override
    public Integer call() {
        Etalon app = strict.apply(workspace.app(parent));
        List<Path> inputs = new ArrayList<>(Collections.singletonList(cities.cities));
        if (costsFile != null) {
            inputs.add(costsFile);
        }
        out.check(app.workspace(), List.of(standard.standard), inputs);
        app.requireTotalAndRanking(List.of(standard.standard), lang.code());
        Etalon.Planned planned = app.whatif(standard.standard, cities.cities, cityName, goal, costsFile);
        out.write(format.json() ? WhatIfReport.json(planned.plan(), planned.standard().standard())
                : WhatIfReport.text(planned.plan(), planned.standard().standard(), lang.code(), costsFile != null));
        return Main.OK;
    }
}
