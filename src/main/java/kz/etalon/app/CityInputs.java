package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import kz.etalon.analysis.Scorer;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityFiles;
import kz.etalon.problem.Problems;

/**
 * The one way city data is read, for every operation: a CSV file or an Excel workbook, then either
 * checked strictly against a standard, or fitted to a standard of another year (with notes).
 */
final class CityInputs {

    private CityInputs() {
    }

    /** Reads a data file of any supported kind; every problem in it is an {@code InputException}. */
    static CityFile read(Path file) {
        Problems problems = new Problems();
        Optional<CityFile> read = CityFiles.read(file, problems);
        problems.throwIfErrors();
        return read.orElseThrow();
    }

    /** Reads {@code file} and checks it against {@code standard}, adding what it finds to {@code problems}. */
    static CityData strict(LoadedStandard standard, Path file, Problems problems) {
        Optional<CityFile> read = CityFiles.read(file, problems);
        if (read.isEmpty()) {
            return new CityData(file, List.of());
        }
        return CityDataChecker.check(read.get(), standard.standard(), standard.rules()::inputOf, problems);
    }

    /** Data of any year fitted to {@code standard}: values it cannot use are left out, with notes. */
    static Scorer.Fitted fitted(LoadedStandard standard, CityFile file) {
        return new Scorer(s -> standard.rules()).fit(standard.standard(), file);
    }
}
