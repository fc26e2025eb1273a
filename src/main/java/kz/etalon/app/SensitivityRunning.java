package kz.etalon.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.etalon.analysis.FitNote;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.engine.Evaluator;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.result.Evaluation;

/** {@code sensitivity}: Monte Carlo over declared uncertainties, for one or more standards on one data file. */
final class SensitivityRunning {

    private final Workspace workspace;

    SensitivityRunning(Workspace workspace) {
        this.workspace = workspace;
    }

    Etalon.Sensitivities run(List<String> standards, Path cities, Uncertainty uncertainty, int runs, long seed,
                             ProgressListener progress) {
        StandardLoader loader = new StandardLoader(workspace);
        List<LoadedStandard> loaded = standards.stream().map(loader::load).toList();
        loaded.forEach(standard -> checkFactors(standard, uncertainty));
        Workspace.DataFile file = workspace.dataFile(loaded.get(0).standard(), cities);
        var read = CityInputs.read(file.file());
        List<FitNote> notes = new ArrayList<>(file.notes());
        List<Etalon.StandardRanks> result = new ArrayList<>();
        progress.start(runs * loaded.size());
        for (LoadedStandard standard : loaded) {
            var fitted = CityInputs.fitted(standard, read);
            notes.addAll(fitted.notes());
            Evaluation evaluated = new Evaluator(standard.standard(), standard.rules()).evaluate(fitted.data());
            result.add(new Etalon.StandardRanks(standard.id(), Sensitivity.run(standard.standard(), standard.rules(),
                    fitted.data(), evaluated, uncertainty, runs, seed, run -> progress.step())));
        }
        progress.done();
        return new Etalon.Sensitivities(result, notes);
    }

    private static void checkFactors(LoadedStandard standard, Uncertainty uncertainty) {
        Set<String> known = standard.standard().scoring().factors().keySet();
        Location at = Optional.ofNullable(standard.standard().scoring().factorsAt())
                .orElse(Location.of(standard.standard().file()));
        Problems problems = new Problems();
        uncertainty.factors().keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name ->
                problems.error(at, "--factor " + name + ": " + standard.id()
                        + " has no factor " + name + "; its factors: " + String.join(", ", known)));
        problems.throwIfErrors();
    }
}
