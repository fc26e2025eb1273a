package kz.etalon.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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

    private final Function<Standard, RuleBook> rules;

    /** @param rules the rule book of a standard or of a variant of it, resolved by the caller (once per rule set) */
    public Scorer(Function<Standard, RuleBook> rules) {
        this.rules = rules;
    }

    /** Resolves the rules anew for every standard scored: for one-off scoring, where nothing is repeated. */
    public Scorer(RuleBooks rules) {
        this(rules::forStandard);
    }

    /** An evaluation, the data fitted to its standard, and the notes on how the data was fitted. */
    public record Scored(Evaluation evaluation, CityData data, List<FitNote> notes) {
    }

    /** City data checked against a standard, after fitting it to that standard, with notes on the fitting. */
    public record Fitted(CityData data, List<FitNote> notes) {
    }

    public Fitted fit(Standard standard, CityFile file) {
        return fit(standard, rules.apply(standard), file);
    }

    private static Fitted fit(Standard standard, RuleBook book, CityFile file) {
        CrossVersionData.Fitted fitted = CrossVersionData.fit(file, standard, book::inputOf);
        Problems problems = new Problems();
        CityData data = CityDataChecker.check(fitted.file(), standard, book::inputOf, problems);
        problems.throwIfErrors();
        return new Fitted(data, fitted.notes());
    }

    /**
     * The ranked evaluation of {@code file} fitted to {@code standard}, with only what ranking reads
     * (score, points, index, groups; see {@link Evaluator#rank}): for analyses that score many variants.
     */
    public Evaluation ranks(Standard standard, CityFile file) {
        RuleBook book = rules.apply(standard);
        return new Evaluator(standard, book).rank(fit(standard, book, file).data());
    }

    public Scored score(Standard standard, CityFile file) {
        RuleBook book = rules.apply(standard);
        Fitted fitted = fit(standard, book, file);
        Evaluation evaluation = new Evaluator(standard, book).evaluate(fitted.data());
        List<FitNote> notes = new ArrayList<>(fitted.notes());
        long missing = evaluation.cities().stream().map(CityResult::indicators).flatMap(List::stream)
                .filter(IndicatorResult::missing).count();
        long others = evaluation.warnings().stream().filter(warning -> !Evaluator.isMissingValues(warning)).count();
        if (missing > 0 || others > 0) {
            notes.add(new FitNote(FitNote.Kind.VALUES_MISSING, List.of(standard.id(), file.file(), missing,
                    standard.scoring().missing(), others)));
        }
        return new Scored(evaluation, fitted.data(), notes);
    }
}
