package kz.etalon.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.analysis.Scorer;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityFile;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.Problems;
import kz.etalon.report.SensitivityReport;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.MissingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sensitivity",
        description = {"How solid each rank is: Monte Carlo over declared uncertainties (noise on values, rounding",
                "mode, missing-value policy, factor values); each city's median rank, 5th-95th percentile and the",
                "probability of each rank. Seeded: the same seed gives the same figures."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon sensitivity --runs 200",
                "  ./etalon sensitivity --runs 1000 --noise 10 --rounding half_up,half_even --factor K2=1.5,2,2.5",
                "  ./etalon sensitivity --standard kz-2018 --standard kz-2019 --cities data/kz-2019-cities.csv --runs 500"})
final class SensitivityCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE", description = "A standard (give it again for more). Default: kz-2019.")
    private List<String> standards = new ArrayList<>();

    @Option(names = "--cities", paramLabel = "FILE", description = "City data. Default: data/<first standard id>-cities.csv.")
    private Path cities;

    @Option(names = "--runs", defaultValue = "200", description = "Number of runs. Default: ${DEFAULT-VALUE}.")
    private int runs;

    @Option(names = "--noise", paramLabel = "PERCENT", defaultValue = "5",
            description = "Each share and number varies by up to this many percent of itself; yes/no answers stay. Default: ${DEFAULT-VALUE}.")
    private BigDecimal noise;

    @Option(names = "--rounding", split = ",", paramLabel = "MODE", description = "Rounding modes to draw from, e.g. half_up,half_even,floor.")
    private List<String> roundings = new ArrayList<>();

    @Option(names = "--missing", split = ",", paramLabel = "POLICY", description = "Missing-value policies to draw from: zero,exclude.")
    private List<String> missing = new ArrayList<>();

    @Option(names = "--factor", paramLabel = "NAME=V1,V2", description = "Values a factor may take, e.g. K2=1.5,2,2.5 (repeatable).")
    private List<String> factors = new ArrayList<>();

    @Option(names = "--seed", defaultValue = "1", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all).")
    private Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        if (runs < 1) {
            throw new ParameterException(spec.commandLine(), "--runs must be at least 1");
        }
        if (noise.signum() < 0 || noise.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new ParameterException(spec.commandLine(), "--noise is a percentage from 0 to 100");
        }
        Uncertainty uncertainty = new Uncertainty(noise, roundingModes(), policies(), factorChoices());
        Project project = parent.project();
        List<String> ids = standards.isEmpty() ? List.of(Project.DEFAULT_STANDARD) : standards;
        List<SensitivityReport.Section> sections = new ArrayList<>();
        Progress progress = new Progress(spec.commandLine().getErr(), runs * ids.size());
        List<Inputs.Checked> checkedStandards = ids.stream()
                .map(id -> Inputs.standard(project, project.standardFile(id))).toList();
        Path file = cities != null ? project.userFile(cities)
                : project.defaultCities(checkedStandards.get(0).standard().id());
        CityFile cityFile = readCities(file);
        Scorer scorer = new Scorer(project.ruleBooks());
        List<kz.etalon.analysis.FitNote> notes = new ArrayList<>();
        for (Inputs.Checked checked : checkedStandards) {
            Scorer.Fitted fitted = scorer.fit(checked.standard(), cityFile);
            notes.addAll(fitted.notes());
            Evaluation evaluated = new Evaluator(checked.standard(), checked.rules()).evaluate(fitted.data());
            sections.add(new SensitivityReport.Section(checked.standard().id(), uncertainty,
                    Sensitivity.run(checked.standard(), checked.rules(), fitted.data(), evaluated, uncertainty, runs, seed,
                            run -> progress.step())));
        }
        notes.forEach(note -> spec.commandLine().getErr().println("note: " + kz.etalon.report.FitNoteText.english(note)));
        progress.done();
        String text = format == Format.json ? SensitivityReport.json(sections, runs, seed)
                : SensitivityReport.text(sections, runs, seed, lang.name());
        Output.write(spec, project, out, text);
        return Main.OK;
    }

    private static CityFile readCities(Path file) {
        Problems problems = new Problems();
        java.util.Optional<CityFile> read = CityCsvReader.read(file, problems);
        problems.throwIfErrors();
        return read.orElseThrow();
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
        for (String factor : factors) {
            String[] parts = factor.split("=", 2);
            try {
                List<BigDecimal> values = new ArrayList<>();
                for (String value : parts[1].split(",")) {
                    BigDecimal number = new BigDecimal(value.strip());
                    if (number.signum() <= 0) {
                        throw new NumberFormatException();
                    }
                    values.add(number);
                }
                choices.put(parts[0].strip(), values);
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), "--factor `" + factor
                        + "` should be NAME=V1,V2,... with values above 0, e.g. K2=1.5,2,2.5");
            }
        }
        return choices;
    }
}
