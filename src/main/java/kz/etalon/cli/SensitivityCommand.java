package kz.etalon.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.app.Etalon;
import kz.etalon.report.SensitivityReport;
import kz.etalon.standard.MissingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity",
        description = {"How solid each rank is, by Monte Carlo over declared uncertainties.",
                "It varies values (noise), the rounding mode, the missing-value policy and factor values, and gives "
                        + "each city's median rank, 5th-95th percentile and the probability of each rank. "
                        + "Seeded: the same seed gives the same figures."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon sensitivity --runs 200",
                "  ./etalon sensitivity --runs 1000 --noise 10 --rounding half_up,half_even --factor K2=1.5,2,2.5",
                "  ./etalon sensitivity --standard kz-2018 --standard kz-2019 --cities data/kz-2019-cities.csv --runs 500"})
final class SensitivityCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardsOption standards;

    @Mixin
    private CitiesOption cities;

    @Option(names = "--runs", defaultValue = "200", converter = Bounds.Runs.class,
            description = "Number of runs, 1 to " + Bounds.MAX_RUNS + ". Default: ${DEFAULT-VALUE}.")
    private int runs;

    @Mixin
    private NoiseOption noise;

    @Option(names = "--rounding", split = ",", paramLabel = "MODE", description = "Rounding modes to draw from, e.g. half_up,half_even,floor.")
    private List<String> roundings = new ArrayList<>();

    @Option(names = "--missing", split = ",", paramLabel = "POLICY", description = "Missing-value policies to draw from: zero,exclude.")
    private List<String> missing = new ArrayList<>();

    @Option(names = "--factor", paramLabel = "NAME=V1,V2", converter = Bounds.Factor.class,
            description = "Values a factor of the standard may take, e.g. K2=1.5,2,2.5 (repeatable; values above 0, at most "
                    + "1000).")
    private List<Bounds.FactorChoice> factors = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Mixin
    private TextFormatOption format;

    @Mixin
    private OutOption out;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        Uncertainty uncertainty = new Uncertainty(noise.noise, roundingModes(), policies(), factorChoices());
        List<String> ids = standards.between(1, Integer.MAX_VALUE, "give --standard once or more");
        Etalon app = workspace.app(parent);
        out.check(app.workspace(), ids, Collections.singletonList(cities.cities));
        app.requireTotalAndRanking(ids, lang.code());
        Etalon.Sensitivities result = app.sensitivity(ids, cities.cities, uncertainty, runs, seed,
                new TerminalProgress(out.err()));
        NoteLines.print(out.err(), result.notes(), lang.code());
        out.err().flush();
        List<SensitivityReport.Section> sections = result.standards().stream()
                .map(ranks -> new SensitivityReport.Section(ranks.standard(), uncertainty, ranks.cities())).toList();
        out.write(format.json() ? SensitivityReport.json(sections, runs, seed)
                : SensitivityReport.text(sections, runs, seed, lang.code()));
        return Main.OK;
    }

    private List<RoundingMode> roundingModes() {
        List<RoundingMode> modes = new ArrayList<>();
        for (String mode : roundings) {
            try {
                RoundingMode parsed = RoundingMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
                if (parsed == RoundingMode.UNNECESSARY) {
                    throw new IllegalArgumentException();
                }
                modes.add(parsed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--rounding `" + mode
                        + "` is not half_up, half_even, half_down, up, down, ceiling or floor");
            }
        }
        return modes;
    }

    private List<MissingPolicy> policies() {
        List<MissingPolicy> policies = new ArrayList<>();
        for (String policy : missing) {
            try {
                MissingPolicy parsed = MissingPolicy.valueOf(policy.strip().toUpperCase(Locale.ROOT));
                if (parsed == MissingPolicy.ERROR) {
                    throw new IllegalArgumentException();
                }
                policies.add(parsed);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--missing `" + policy + "` is not zero or exclude");
            }
        }
        return policies;
    }

    private Map<String, List<BigDecimal>> factorChoices() {
        Map<String, List<BigDecimal>> choices = new LinkedHashMap<>();
        factors.forEach(factor -> choices.put(factor.name(), factor.values()));
        return choices;
    }
}
