package kz.etalon.analysis;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.result.Evaluation;

/** The cities of one data file under standards A and B, compared city by city. */
public record Comparison(Evaluation before, Evaluation after, Path cities, List<CityComparison> comparisons,
                         List<String> onlyBefore, List<String> onlyAfter, List<FitNote> notes) {

    public Comparison {
        comparisons = List.copyOf(comparisons);
        onlyBefore = List.copyOf(onlyBefore);
        onlyAfter = List.copyOf(onlyAfter);
        notes = List.copyOf(notes);
    }
}
