package kz.etalon.app;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.etalon.analysis.FitNote;
import kz.etalon.analysis.Change;
import kz.etalon.analysis.Fragility;
import kz.etalon.analysis.Goal;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.analysis.WhatIf;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.city.CostsCsvReader;
import kz.etalon.engine.Evaluator;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.report.html.HtmlReport;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * Etalon's operations as plain calls on a {@link Workspace}, each returning a result value: every
 * front end (the command line today) calls these and only renders what they return. A {@code null}
 * data file means the standard's bundled data.
 */
public class Etalon {

    private final Workspace workspace;
    private final boolean strict;

    public Etalon(Workspace workspace) {
        this(workspace, false);
    }

    private Etalon(Workspace workspace, boolean strict) {
        this.workspace = workspace;
        this.strict = strict;
    }

    /**
     * The same operations where every warning on the inputs (the standard and the city data) is an error:
     * nothing is scored or written while one is left ({@code --strict}).
     */
    public Etalon strict(boolean on) {
        return on == strict ? this : new Etalon(workspace, on);
    }

    /**
     * Refuses an analysis of ranks, totals and group bands (compare, what-if, fragility, sensitivity, the
     * report) for a standard that has no total or ranking: the question has no meaning for it. The
     * answer is in the reader's {@code language}.
     */
    public void requireTotalAndRanking(List<String> standards, String language) {
        for (String id : standards) {
            Standard standard = standard(id).standard();
            if (!standard.groupsAndAreas()) {
                throw InputException.of(kz.etalon.problem.Location.of(standard.file()),
                        kz.etalon.i18n.Messages.of(language).get("analysis.no_total", standard.id()));
            }
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    /** A standard loaded and checked with its rules. */
    public LoadedStandard standard(String idOrPath) {
        return new StandardLoader(workspace).load(idOrPath);
    }

    /** An evaluation, with the data it was computed from, the warnings on the inputs and notes on the data. */
    public record Evaluated(LoadedStandard standard, CityData data, Evaluation evaluation, List<Problem> inputWarnings,
                            List<FitNote> notes) {
    }

    /** Scores and ranks the cities of {@code cities} (or of the bundled data) under a standard. */
    public Evaluated evaluate(String standard, Path cities) {
        return evaluate(standard(standard), cities);
    }

    private Evaluated evaluate(LoadedStandard loaded, Path cities) {
        Workspace.DataFile data = workspace.dataFile(loaded.standard(), cities);
        Problems problems = Problems.strict(strict);
        problems.addAll(loaded.warnings());
        CityData read = CityInputs.strict(loaded, data.file(), problems);
        problems.throwIfErrors();
        Evaluation evaluation = new Evaluator(loaded.standard(), loaded.rules()).evaluate(read);
        return new Evaluated(loaded, read, evaluation, problems.warnings(), data.notes());
    }

    /** The group averages of an evaluation within {@code eps} of a band edge. */
    public List<Fragility.FragileGroup> fragility(Evaluated evaluated, BigDecimal eps) {
        return Fragility.find(evaluated.evaluation(), evaluated.standard().rules(), eps);
    }

    /**
     * Checks standards and city data files; a city file is checked against the standard named last
     * before it, or {@code defaultStandard}. Every problem found, errors and warnings.
     */
    public List<Problem> validate(String defaultStandard, List<Path> files) {
        return new Validating(workspace).validate(defaultStandard, files, strict);
    }

    /**
     * A city data file handed in for {@code standard} (an upload), checked as {@code validate} checks it,
     * its problems naming it {@code shownAs}; with the cities it names. See {@link Uploading}.
     */
    public Uploading.Checked checkUpload(String standard, Path file, String shownAs) {
        return new Uploading(workspace).check(standard, file, shownAs);
    }

    /** What changed between two standards. */
    public record Diff(Standard before, Standard after, List<Change> changes) {
    }

    public Diff diff(String before, String after) {
        StandardLoader loader = new StandardLoader(workspace);
        Standard a = loader.load(before).standard();
        Standard b = loader.load(after).standard();
        return new Diff(a, b, StandardDiff.between(a, b));
    }

    /**
     * The same cities under two standards (or one standard and two data years): see {@link Comparing}.
     * {@code standards} holds one or two standards, {@code cities} none, one or two data files.
     */
    public Comparing.Compared compare(List<String> standards, List<Path> cities) {
        return new Comparing(workspace).compare(standards, cities);
    }

    /** A what-if plan for one city, and the standard it was planned under. */
    public record Planned(LoadedStandard standard, WhatIfPlan plan) {
    }

    public Planned whatif(String standard, Path cities, String cityName, Goal goal, Path costsFile) {
        LoadedStandard loaded = standard(standard);
        Workspace.DataFile file = workspace.dataFile(loaded.standard(), cities);
        Problems problems = Problems.strict(strict);
        problems.addAll(loaded.warnings());
        CityData data = CityInputs.strict(loaded, file.file(), problems);
        Map<String, BigDecimal> costs = Map.of();
        if (costsFile != null) {
            Set<String> ids = loaded.standard().indicators().map(Indicator::id).collect(Collectors.toSet());
            costs = CostsCsvReader.read(workspace.userFile(costsFile), ids, problems);
        }
        problems.throwIfErrors();
        City city = data.city(cityName).orElseThrow(() -> InputException.of(Location.of(file.file()), "no city `" + cityName
                + "` in the data; cities: " + data.cities().stream().map(City::name).collect(Collectors.joining(", "))));
        Evaluator evaluator = new Evaluator(loaded.standard(), loaded.rules());
        Evaluation baseline = evaluator.evaluate(data);
        return new Planned(loaded, WhatIf.plan(evaluator, loaded.rules()::inputOf, baseline, city, goal, costs));
    }

    /** The ranks of one standard's sensitivity analysis. */
    public record StandardRanks(String standard, List<Sensitivity.CityRanks> cities) {
    }

    /** A sensitivity analysis per standard, and the notes on fitting the data to each. */
    public record Sensitivities(List<StandardRanks> standards, List<FitNote> notes) {
    }

    /**
     * Monte Carlo over {@code uncertainty} for each standard, on one data file fitted to each (default:
     * the first standard's bundled data). A factor the uncertainty names must be one of the standard's.
     */
    public Sensitivities sensitivity(List<String> standards, Path cities, Uncertainty uncertainty, int runs, long seed,
                                     ProgressListener progress) {
        return new SensitivityRunning(workspace).run(standards, cities, uncertainty, runs, seed, progress);
    }

    /** What a sensitivity section of a report is made from. */
    public record SensitivityOptions(int runs, BigDecimal noise, long seed) {
    }

    /** An HTML report, and the evaluation it is about. */
    public record Report(Standard standard, Evaluation evaluation, String html, List<Problem> inputWarnings,
                         List<FitNote> notes) {
    }

    /**
     * The HTML report of one standard, or of a comparison (two standards, or one standard and two data
     * files), with a sensitivity section when {@code sensitivity} is given.
     */
    public Report report(List<String> standards, List<Path> cities, SensitivityOptions sensitivity, String language,
                         ProgressListener progress) {
        List<String> ids = standards.isEmpty() ? List.of(Workspace.DEFAULT_STANDARD) : standards;
        LoadedStandard main;
        CityData data;
        Evaluation evaluation;
        List<Problem> warnings = List.of();
        List<FitNote> notes = List.of();
        HtmlReport.ComparisonPart comparison = null;
        if (ids.size() == 1 && cities.size() < 2) {
            Evaluated evaluated = evaluate(ids.get(0), cities.isEmpty() ? null : cities.get(0));
            main = evaluated.standard();
            data = evaluated.data();
            evaluation = evaluated.evaluation();
            warnings = evaluated.inputWarnings();
            notes = evaluated.notes();
        } else {
            Comparing.Compared compared = compare(ids, cities);
            main = compared.after();
            data = compared.later().data();
            evaluation = compared.later().evaluation();
            comparison = new HtmlReport.ComparisonPart(compared.comparison(), compared.impacts(), compared.attribution());
        }
        HtmlReport.SensitivityPart sensitivityPart = null;
        if (sensitivity != null) {
            Uncertainty uncertainty = new Uncertainty(sensitivity.noise(), List.of(), List.of(), Map.of());
            progress.start(sensitivity.runs());
            sensitivityPart = new HtmlReport.SensitivityPart(sensitivity.runs(), sensitivity.seed(), sensitivity.noise(),
                    Sensitivity.run(main.standard(), main.rules(), data, evaluation, uncertainty, sensitivity.runs(),
                            sensitivity.seed(), run -> progress.step()));
            progress.done();
        }
        String html = HtmlReport.render(evaluation, comparison, sensitivityPart, language);
        return new Report(main.standard(), evaluation, html, warnings, notes);
    }

    /** A data-collection workbook, and what it holds. */
    public record Template(Standard standard, byte[] workbook, long indicators, int cities, List<FitNote> notes) {
    }

    /**
     * The workbook in which cities collect the data of a standard: filled from {@code fillFrom} when
     * given, with a column per name in {@code cityNames}, else with the names of the bundled data.
     */
    public Template template(String standard, Path fillFrom, List<String> cityNames, String language) {
        return new Templating(workspace).template(standard(standard), fillFrom, cityNames, language);
    }

    private WorkspaceRepository repository;
    private final ReviewQueue reviewQueue = new ReviewQueue();

    /**
     * Writes one archive of the workspace to {@code out} (its history, users and other own files, a manifest),
     * consistent while a server saves: see {@link Backups}.
     */
    public Backups.Written backup(Path out, Messages messages) {
        return Backups.write(this, out, Clock.systemUTC(), messages);
    }

    /** Brings the backup {@code archive} back into {@code target}, an empty or new folder: see {@link BackupRestore}. */
    public static BackupRestore.Restored restoreBackup(Path archive, Path target, Messages messages) {
        return BackupRestore.restore(archive, target, messages);
    }

    /** The workspace's format, after writing today's when it has none or upgrading an older one; a newer one is refused. */
    public int checkWorkspaceFormat(Messages messages) {
        return WorkspaceFormat.checkOrUpgrade(workspace.home(), messages);
    }

    /** The Git repository of the workspace, opened (or made) on first use. */
    public synchronized WorkspaceRepository repository() {
        if (repository == null) {
            repository = WorkspaceRepository.open(workspace.home());
        }
        return repository;
    }

    /**
     * Makes the workspace's repository if it has none, so that its first commit (of what the folder holds)
     * is made before a file is handed in and the file's own commit is its uploader's.
     */
    public void ensureHistory() {
        repository();
    }

    /**
     * Commits exactly {@code files} (in the workspace; the first the file handed in) by {@code author}, with
     * {@code message} as the commit's subject; returns the commit id.
     */
    public String commitFiles(Author author, String message, List<Path> files) {
        return new Recording(repository()).commitFiles(author, message, files);
    }

    /** Whether {@code file} (in the workspace) is in the history's newest commit; never, when there is no history yet. */
    public boolean isCommitted(Path file) {
        return WorkspaceRepository.exists(workspace.home()) && new Recording(repository()).isCommitted(file);
    }

    private Drafting drafting() {
        return new Drafting(workspace, repository());
    }

    private Reviewing reviewing() {
        return new Reviewing(drafting(), repository());
    }

    /** A standard's file as text, with its version, status and review. */
    public StandardText standardText(String id) {
        return drafting().standardText(id);
    }

    /** Every problem {@code validate} finds in {@code text} as standards/{@code id}.yaml, errors and warnings. */
    public List<Problem> check(String id, String text) {
        return new Drafting(workspace, null).check(id, text);
    }

    /** The draft text against the standard it is based on, on {@code data} (null = bundled). */
    public Preview preview(String id, String text, Path data) {
        return new Drafting(workspace, null).preview(id, text, data);
    }

    /** A copy of {@code fromId} as draft {@code newId} for {@code year}, committed as step created. */
    public StandardText newDraft(String fromId, String newId, int year, Author author) {
        return drafting().newDraft(fromId, newId, year, author);
    }

    /** Stores {@code text} as a new version, or answers Conflict when the file is no longer {@code baseVersion}. */
    public SaveResult save(String id, String text, String baseVersion, Author author, String message) {
        return drafting().save(id, text, baseVersion, author, message, "saved");
    }

    public void submit(String id, Author author, String comment) {
        reviewing().submit(id, author, comment);
    }

    /**
     * Publishes a submitted draft as {@code version}, the version its approver read (see
     * {@link StandardText#version()}); refuses its own authors, and answers {@link ApprovalOutdated} when the
     * draft is another version now.
     */
    public void approve(String id, Author author, String comment, String version) {
        reviewing().approve(id, author, comment, version);
    }

    public void sendBack(String id, Author author, String comment) {
        reviewing().sendBack(id, author, comment);
    }

    /** The command line's direct publish: status published, a commit, a tag. */
    public Commit publish(String id, Author author) {
        return reviewing().publish(workspace.standardId(id), author);
    }

    /** Newest first, each version with its structural changes against the one before. */
    public List<Version> history(String id) {
        String known = workspace.standardId(id);
        return new StandardHistory(workspace, repository()).history(known);
    }

    /** A new commit with the text of an earlier version (drafts only). */
    public StandardText restore(String id, String revision, Author author) {
        return new StandardHistory(workspace, repository()).restore(drafting(), id, revision, author);
    }

    /** The workspace's rating rounds. */
    public Rounds rounds() {
        return new Rounds(this, java.time.Clock.systemUTC());
    }

    /** Drafts whose last step is submitted. */
    public List<StandardText> awaitingReview() {
        return waitingForReview().stream().map(this::standardText)
                .filter(text -> text.status() == kz.etalon.standard.Status.DRAFT && text.review().step().equals("submitted"))
                .toList();
    }

    /** The ids of the drafts whose last step is submitted: cheap enough for every page to ask. */
    public List<String> waitingForReview() {
        return reviewQueue.waiting(workspace, repository(), workspace.standards());
    }
}
