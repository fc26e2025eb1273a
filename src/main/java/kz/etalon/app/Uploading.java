package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityFiles;
import kz.etalon.city.DataLimit;
import kz.etalon.city.RawValue;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;

/**
 * A city data file someone hands in (an upload), checked before it is kept: the checks of
 * {@code validate --standard ID FILE}, with the same problem texts, and the names of the cities the file
 * holds, so that the one who hands it in can be held to their own city.
 */
public final class Uploading {

    /**
     * What the check found: every problem (errors and warnings, in file order), and the cities the file
     * names in the order they first appear (also when other things in it are wrong).
     */
    /** A bound of a data set the file passed: {@code cities}, {@code shared_strings} or {@code cells}, and its value. */
    public record Exceeded(String key, int most) {

        static Exceeded of(DataLimit limit) {
            return new Exceeded(limit.name().toLowerCase(java.util.Locale.ROOT), limit.most());
        }
    }

    /** The most cities a data set handed in may name. */
    public static final int MOST_CITIES = DataLimit.CITIES.most();

    public record Checked(List<Problem> problems, List<String> cities, Optional<Exceeded> exceeded) {

        public Checked {
            problems = List.copyOf(problems);
            cities = List.copyOf(cities);
        }

        Checked(List<Problem> problems, List<String> cities) {
            this(problems, cities, Optional.empty());
        }

        public boolean valid() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private final Workspace workspace;

    Uploading(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Checks {@code file} against the standard {@code standardId}; each problem in the file names it as
     * {@code shownAs} (the name the file had where it came from) rather than where it is kept meanwhile.
     */
    Checked check(String standardId, Path file, String shownAs) {
        LoadedStandard standard;
        try {
            standard = new StandardLoader(workspace).load(standardId);
        } catch (InputException e) {
            return new Checked(e.problems(), List.of());
        }
        Problems problems = new Problems();
        AtomicReference<DataLimit> exceeded = new AtomicReference<>();
        // CityInputs.strict in its two steps, to keep the names the reader found before the checks
        Optional<CityFile> read = CityFiles.read(file, problems, exceeded::set);
        List<String> cities = read.map(Uploading::cityNames).orElse(List.of());
        Path shown = Path.of(shownAs);
        if (cities.size() > DataLimit.CITIES.most()) {
            exceeded.set(DataLimit.CITIES);
            problems.error(Location.of(file), "the file names " + String.format("%,d", cities.size()) + " cities; a data"
                    + " set holds at most " + String.format("%,d", DataLimit.CITIES.most()) + " (every page and analysis of"
                    + " it grows with them); split it into data sets of at most that many cities and hand each in alone");
        } else {
            read.ifPresent(rows -> CityDataChecker.check(rows, standard.standard(), standard.rules()::inputOf, problems));
        }
        List<Problem> found = problems.sorted().stream().map(problem -> renamed(problem, file, shown)).toList();
        return new Checked(found, cities, Optional.ofNullable(exceeded.get()).map(Exceeded::of));
    }

    private static List<String> cityNames(CityFile file) {
        return file.values().stream().map(RawValue::city).map(String::strip).filter(name -> !name.isEmpty())
                .distinct().toList();
    }

    private static Problem renamed(Problem problem, Path file, Path shown) {
        Location at = problem.where();
        if (at.file() == null || !Objects.equals(at.file().toAbsolutePath().normalize(), file.toAbsolutePath().normalize())) {
            return problem;
        }
        return new Problem(new Location(shown, at.line(), at.column(), at.cell()), problem.severity(), problem.message());
    }
}
