package kz.etalon.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.FitNote;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.ChangeImpact;
import kz.etalon.analysis.Comparer;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.Scorer;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityFiles;
import kz.etalon.problem.Problems;

/**
 * The one comparison of two evaluations, for {@code compare} and {@code report} alike: standard A
 * with the first data file, B with the last; with two data files also the 2x2 split of each city's
 * change (attribution); for two standards the impact of each change of the standard on its own.
 */
public final class Comparing {

    private final Workspace workspace;

    Comparing(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * A comparison with its parts. {@code later} is B's evaluation of the last data file, with that
     * data as fitted to B; the notes (how data was fitted to each standard) are in the comparison.
     */
    public record Compared(LoadedStandard before, LoadedStandard after, Comparison comparison, List<Impact> impacts,
                           List<Attribution> attribution, Scorer.Scored later) {
    }

    Compared compare(List<String> standards, List<Path> cities) {
        StandardLoader loader = new StandardLoader(workspace);
        LoadedStandard a = loader.load(standards.get(0));
        LoadedStandard b = standards.size() == 1 ? a : loader.load(standards.get(1));
        List<FitNote> notes = new ArrayList<>();
        List<CityFile> files = read(cities.isEmpty() ? List.of(bundled(b, notes)) : cities.stream().map(workspace::userFile).toList());
        Scorer scorer = new Scorer(loader::rulesOf);
        Scorer.Scored aOld = scorer.score(a.standard(), files.get(0));
        Scorer.Scored bNew = scorer.score(b.standard(), files.get(files.size() - 1));
        Comparison comparison = Comparer.compare(aOld, bNew);
        notes.addAll(comparison.notes());
        List<Attribution> attribution = List.of();
        if (files.size() == 2 && a != b) {
            Scorer.Scored aNew = scorer.score(a.standard(), files.get(1));
            Scorer.Scored bOld = scorer.score(b.standard(), files.get(0));
            attribution = Attribution.of(aOld.evaluation(), aNew.evaluation(), bOld.evaluation(), bNew.evaluation());
            notes.addAll(aNew.notes());
            notes.addAll(bOld.notes());
        }
        comparison = new Comparison(comparison.before(), comparison.after(), comparison.cities(),
                comparison.comparisons(), comparison.onlyBefore(), comparison.onlyAfter(), notes);
        List<Impact> impacts = a == b ? List.of() : ChangeImpact.of(a.standard(), b.standard(),
                StandardDiff.between(a.standard(), b.standard()), aOld.evaluation(), files.get(0), scorer);
        return new Compared(a, b, comparison, impacts, attribution, bNew);
    }

    private Path bundled(LoadedStandard standard, List<FitNote> notes) {
        Workspace.BundledData bundled = workspace.bundledData(standard.id());
        bundled.note().ifPresent(notes::add);
        return bundled.file();
    }

    /** Reads every file, reporting the problems of all of them at once. */
    private static List<CityFile> read(List<Path> paths) {
        Problems problems = new Problems();
        List<CityFile> files = new ArrayList<>();
        for (Path path : paths) {
            CityFiles.read(path, problems).ifPresent(files::add);
        }
        problems.throwIfErrors();
        return files;
    }
}
