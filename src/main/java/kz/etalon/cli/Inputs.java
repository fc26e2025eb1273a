package kz.etalon.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.city.CityFiles;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.engine.RuleBook;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.standard.MethodCheck;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * Loads a standard, its rules and a city data file, and checks all three together, so that every
 * problem in any of them is reported in one run.
 */
public final class Inputs {

    private Inputs() {
    }

    /** A standard with the rules it names, checked against them. */
    public record Checked(Standard standard, RuleBook rules, List<Problem> warnings) {
    }

    public static Checked standard(Project project, Path file) {
        Problems problems = new Problems();
        Optional<Standard> standard = StandardReader.read(file, problems);
        RuleBook rules = null;
        if (standard.isPresent()) {
            try {
                rules = project.ruleBooks().forStandard(standard.get());
                MethodCheck.check(standard.get(), rules.requirements(), problems);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfErrors();
        return new Checked(standard.orElseThrow(), rules, problems.warnings());
    }

    /** City data read and checked against a loaded standard. */
    public static CityData cities(Checked standard, Path file, Problems problems) {
        Optional<CityFile> read = CityFiles.read(file, problems);
        if (read.isEmpty()) {
            return new CityData(file, List.of());
        }
        return CityDataChecker.check(read.get(), standard.standard(), standard.rules()::inputOf, problems);
    }
}
