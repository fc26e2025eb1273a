package kz.etalon.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.etalon.app.Comparing;
import kz.etalon.app.Etalon;
import kz.etalon.report.CompareJson;
import kz.etalon.report.CompareText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare",
        description = {"Evaluates the same cities under two standards and shows who moved, by how much, and why.",
                "It lists the rule outcomes that differ, and the changes of the standard that move each city. "
                        + "With two data files (old, new) it also splits each city's change into data effect, "
                        + "standard effect and interaction."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon compare --standard kz-2018 --standard kz-2019",
                "  ./etalon compare --standard kz-2018 --standard kz-2019 --cities data/kz-2018-cities.csv --cities data/kz-2019-cities.csv",
                "  ./etalon compare --standard kz-2019 --standard kz-2026 --city Almaty --all",
                "  ./etalon compare --standard kz-2018 --standard kz-2019 --format json --out compare.json"})
final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardsOption standards;

    @Mixin
    private CitiesListOption cities;

    @Mixin
    private TextFormatOption format;

    @Option(names = "--city", paramLabel = "NAME", description = "Show the differing rule outcomes of this city only.")
    private String city;

    @Option(names = "--all", description = "Show every differing rule outcome (default: the 5 largest per city).")
    private boolean all;

    @Mixin
    private OutOption out;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        List<String> ab = standards.between(2, 2, "give --standard twice: A (earlier) and B (later)");
        List<java.nio.file.Path> files = cities.atMostTwo();
        Etalon app = workspace.app(parent);
        out.check(app.workspace(), ab, files);
        app.requireTotalAndRanking(ab, lang.code());
        Comparing.Compared compared = app.compare(ab, files);
        DraftWarning.print(out.err(), compared.before().standard());
        if (compared.after() != compared.before()) {
            DraftWarning.print(out.err(), compared.after().standard());
        }
        out.err().flush();
        if (city != null && compared.comparison().comparisons().stream().noneMatch(c -> c.city().equalsIgnoreCase(city))) {
            throw new ParameterException(spec.commandLine(), "no city `" + city + "` in both evaluations");
        }
        out.write(format.json() ? CompareJson.render(compared.comparison(), compared.impacts(), compared.attribution())
                : CompareText.render(compared.comparison(), compared.impacts(), compared.attribution(),
                        all || city != null ? 0 : 5, Optional.ofNullable(city), lang.code()),
                text -> format.json() ? text : Terminal.movement(text));
        return Main.OK;
    }
}
