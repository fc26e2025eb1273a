package kz.etalon.analysis;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.RuleBook;
import kz.etalon.engine.RuleBooks;
import kz.etalon.problem.Problems;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Standard;

/** Evaluates city data under a standard that may be of another year than the data. */
public final class Scorer {

    private final RuleBooks rules;

    public Scorer(RuleBooks rules) {
        this.rules = rules;
    }

    /** An evaluation and the notes on how the data was fitted to the standard. */
    public record Scored(Evaluation evaluation, List<FitNote> notes) {
    }

    /** City data checked against a standard, after fitting it to that standard, with notes on the fitting. */
    public record Fitted(CityData data, List<FitNote> notes) {
    }

    public Fitted fit(Standard standard, CityFile file) {
        return fit(standard, rules.forStandard(standard), file);
    }

    private static Fitted fit(Standard standard, RuleBook book, CityFile file) {
        CrossVersionData.Fitted fitted = CrossVersionData.fit(file, standard, book::inputOf);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(fitted.file(), standard, book::inputOf, problems);
        problems.throwIfErrors();
        return new Fitted(data, fitted.notes());
    }

    public Scored score(Standard standard, CityFile file) {
        RuleBook book = rules.forStandard(standard);   // reads and hashes the DRL files: once per score
        Fitted fitted = fit(standard, book, file);
        Evaluation evaluation = new Evaluator(standard, book).evaluate(fitted.data());
        List<FitNote> notes = new ArrayList<>(fitted.notes());
        long missing = evaluation.cities().stream().map(CityResult::indicators).flatMap(List::stream)
                .filter(IndicatorResult::missing).count();
        long others = evaluation.warnings().size() - missing;
        if (missing > 0 || others > 0) {
            notes.add(new FitNote(FitNote.Kind.VALUES_MISSING, List.of(standard.id(), file.file(), missing,
                    standard.scoring().missing(), others)));
        }
        return new Scored(evaluation, notes);
    }
}
