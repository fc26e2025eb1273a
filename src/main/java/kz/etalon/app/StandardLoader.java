package kz.etalon.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.etalon.engine.MaxScores;
import kz.etalon.engine.RuleBook;
import kz.etalon.engine.RuleBooks;
import kz.etalon.problem.Hints;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problems;
import kz.etalon.standard.MethodCheck;
import kz.etalon.standard.RuleFolder;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * Loads standards for one operation and resolves the rules each names once: standards (and the
 * variants an analysis makes of them) that name the same rule folders share one resolution, so each
 * DRL file is read once per operation however many variants are scored.
 */
final class StandardLoader {

    private final Workspace workspace;
    private final Map<List<String>, RuleBook> byFolders = new ConcurrentHashMap<>();

    StandardLoader(Workspace workspace) {
        this.workspace = workspace;
    }

    LoadedStandard load(String idOrPath) {
        return load(workspace.standardFile(idOrPath));
    }

    /** Reads, checks and compiles a standard, reporting every problem in it and its rules at once. */
    LoadedStandard load(Path file) {
        Problems problems = new Problems();
        // as far as it goes: a method no rule handles is reported with the standard's other errors, not after them
        Optional<Standard> read = StandardReader.readAsFarAsItGoes(file, problems);
        Optional<Standard> standard = read;
        RuleBook rules = null;
        // with no rule folder it could use (reported already), every method would be "not handled": noise
        if (standard.isPresent() && !standard.get().rules().isEmpty()) {
            try {
                rules = rulesOf(standard.get());
                MethodCheck.check(standard.get(), rules.requirements(), problems);
                MethodCheck.checkAggregations(standard.get(), rules.aggregations(), problems);
                if (!problems.hasErrors()) {
                    standard = Optional.of(MethodCheck.checkTotal(read.get(), MaxScores.derive(read.get(), rules),
                            problems));
                }
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        read.flatMap(Standard::basedOn).filter(id -> !workspace.standards().contains(id)).ifPresent(id ->
                problems.warning(read.get().lineOf("based_on"), "`based_on: " + id + "` names no standard of "
                        + "the workspace" + Hints.didYouMean(id, workspace.standards()) + " (known: " + String.join(", ", workspace.standards()) + "); give the id of "
                        + "the standard this draft was made from"));
        problems.throwIfErrors();
        return new LoadedStandard(standard.orElseThrow(), rules, problems.warnings());
    }

    /** The rule book of the folders {@code standard} names, resolved once per set of folders. */
    RuleBook rulesOf(Standard standard) {
        List<String> folders = standard.rules().stream().map(RuleFolder::name).toList();
        // computeIfAbsent takes no lock for a key already there: the change impacts ask from many threads
        return byFolders.computeIfAbsent(folders, key -> ruleBooks().forStandard(standard));
    }

    private RuleBooks ruleBooks() {
        return workspace.ruleBooks();
    }
}
