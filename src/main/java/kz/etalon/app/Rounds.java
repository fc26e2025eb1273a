package kz.etalon.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.round.CityQuestions;
import kz.etalon.round.CityState;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.round.RoundFolder;
import kz.etalon.round.Step;
import kz.etalon.standard.Status;

/**
 * The rating rounds of a workspace: opened by the ministry, each city's values entered by its akimat, then
 * submitted, returned with a reason, approved (which locks them) or reopened. Every step is a commit of the
 * round's files; a step that is not allowed changes nothing and says what to do instead.
 */
public final class Rounds {

    /** Deadlines are days in Kazakhstan. */
    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private final Etalon app;
    private final RoundFolder folder;
    private final Clock clock;

    Rounds(Etalon app, Clock clock) {
        this.app = app;
        this.folder = new RoundFolder(app.workspace().home(), app::repository);
        this.clock = clock;
    }

    /** What a round is opened with. */
    public record Opening(String id, String standard, int year, List<RoundCity> cities, Optional<LocalDate> deadline,
                          Optional<String> previous) {
    }

    public Round open(Opening opening, Author author) {
        Round.checkedId(opening.id());
        Location at = Location.of(Path.of(RoundFolder.roundPath(opening.id())));
        LoadedStandard standard = app.standard(opening.standard());
        Problems problems = new Problems();
        if (standard.standard().status() != Status.PUBLISHED) {
            problems.error(at, opening.standard() + " is a draft; a round runs on a published standard (publish it first)");
        }
        if (opening.year() < 1900 || opening.year() > 2200) {
            problems.error(at, "year " + opening.year() + " is not the year of a round's data; give a year such as 2020");
        }
        if (opening.cities().isEmpty()) {
            problems.error(at, "no city; name each city taking part with --city");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (RoundCity city : opening.cities()) {
            if (!RoundCity.isName(city.name())) {
                problems.error(at, "`" + city.name() + "` is not a city name Etalon can keep; a name holds letters, digits,"
                        + " spaces, `-`, `.` or `'` (up to 64)");
            } else if (!seen.add(city.name().toLowerCase(java.util.Locale.ROOT))) {
                problems.error(at, "city " + city.name() + " is named twice; name each city once");
            }
        }
        opening.previous().filter(previous -> !folder.exists(previous)).ifPresent(previous ->
                problems.error(at, "no previous round `" + previous + "`; rounds: " + String.join(", ", folder.ids())));
        problems.throwIfErrors();
        Round round = new Round(opening.id(), standard.id(), opening.year(), opening.deadline(), opening.previous(),
                opening.cities());
        return folder.locked(() -> {
            if (folder.exists(round.id())) {
                throw InputException.of(at, "round " + round.id() + " exists already; give the new round another id");
            }
            Step opened = new Step(clock.instant(), "", Step.Kind.OPENED, author.name(), "");
            folder.write(new RoundFolder.Change().round(round).approved(round.id(), RoundExport.dataSet(round, Map.of(), List.of()))
                    .log(round.id(), List.of(opened)), author, round.id(), "", Step.Kind.OPENED);
            return round;
        });
    }

    /** The ids of the workspace's rounds. */
    public List<String> ids() {
        return folder.ids();
    }

    public Round round(String id) {
        return folder.round(Round.checkedId(id));
    }

    public CityValues values(String id, String city) {
        Round round = round(id);
        return folder.values(round, cityOf(round, city));
    }

    public List<Step> log(String id) {
        round(id);
        return folder.log(id);
    }

    public CityState state(String id, String city) {
        Round round = round(id);
        RoundCity member = cityOf(round, city);
        return RoundFolder.state(member, folder.values(round, member), folder.log(id));
    }

    public RoundStatus status(String id) {
        Round round = round(id);
        List<Step> log = folder.log(id);
        List<String> indicators = checks(round).indicators();
        List<RoundStatus.CityStatus> cities = new ArrayList<>();
        for (RoundCity city : round.cities()) {
            CityValues values = folder.values(round, city);
            CityState state = RoundFolder.state(city, values, log);
            long given = indicators.stream().filter(i -> values.valueOrEmpty(i).isGiven()).count();
            long explained = indicators.stream().filter(i -> values.valueOrEmpty(i).isExplained()).count();
            Optional<Step> last = log.stream().filter(step -> step.city().equals(city.name())).reduce((a, b) -> b);
            cities.add(new RoundStatus.CityStatus(city, state, given, explained, timeliness(round, city, state, log), last,
                    folder.questions(round, city).open().size()));
        }
        return new RoundStatus(round, indicators.size(), cities);
    }

    /** On time: submitted by the end of the deadline's day, or not yet due. */
    private RoundStatus.Timeliness timeliness(Round round, RoundCity city, CityState state, List<Step> log) {
        if (round.deadline().isEmpty()) {
            return RoundStatus.Timeliness.ON_TIME;
        }
        LocalDate deadline = round.deadline().get();
        Optional<LocalDate> submitted = log.stream()
                .filter(step -> step.city().equals(city.name()) && step.kind() == Step.Kind.SUBMITTED)
                .map(step -> step.when().atZone(ZONE).toLocalDate()).findFirst();
        LocalDate by = submitted.orElseGet(() -> clock.instant().atZone(ZONE).toLocalDate());
        boolean waiting = submitted.isEmpty() && state != CityState.APPROVED;
        return by.isAfter(deadline) && (waiting || submitted.isPresent())
                ? RoundStatus.Timeliness.LATE : RoundStatus.Timeliness.ON_TIME;
    }

    /**
     * Stores edits of one city's values: each value checked as {@code validate} checks it (refused with why);
     * a value someone else changed since the editor read it ({@code baseVersion} no longer its version) is not
     * stored but answered as a conflict with both values. Refused whole when the city may not be edited.
     */
    public RoundEdits.Outcome save(String id, String city, List<RoundEdits.Edit> edits, Author author) {
        Round round = round(id);
        RoundCity member = cityOf(round, city);
        RoundChecks checks = checks(round);
        return folder.locked(() -> {
            CityValues current = folder.values(round, member);
            refuseUnlessEditable(round, member, current, "changed");
            List<EnteredValue> saved = new ArrayList<>();
            List<RoundEdits.Conflict> conflicts = new ArrayList<>();
            List<Problem> refused = new ArrayList<>();
            Location at = Location.of(Path.of(RoundFolder.cityPath(id, member)));
            for (RoundEdits.Edit edit : edits) {
                EnteredValue value = edit.value();
                EnteredValue stored = current.valueOrEmpty(value.indicator());
                Optional<String> problem = checks.field(value.indicator(), value.value());
                if (problem.isPresent()) {
                    refused.add(Problem.error(at, member.name() + ", " + value.indicator() + ": " + problem.get()));
                } else if (!stored.version().equals(edit.baseVersion() == null ? "" : edit.baseVersion())) {
                    conflicts.add(new RoundEdits.Conflict(value.indicator(), stored, value));
                } else if (!stored.version().equals(value.version())) {
                    saved.add(value);
                }
            }
            if (!saved.isEmpty()) {
                folder.write(new RoundFolder.Change().values(round, current.with(saved), checks.indicators()), author,
                        id, member.name(), Step.Kind.SAVED);
            }
            return new RoundEdits.Outcome(saved, conflicts, refused);
        });
    }

    /** Newest first: every commit that changed the city's value of {@code indicator}, with the value before and after. */
    public List<ValueChange> valueHistory(String id, String city, String indicator) {
        Round round = round(id);
        RoundCity member = cityOf(round, city);
        String path = RoundFolder.cityPath(id, member);
        List<RoundFolder.Version> versions = folder.versions(path);
        List<ValueChange> changes = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            EnteredValue after = RoundFolder.parseValues(member, versions.get(i).text(), path).valueOrEmpty(indicator);
            EnteredValue before = i + 1 < versions.size()
                    ? RoundFolder.parseValues(member, versions.get(i + 1).text(), path).valueOrEmpty(indicator)
                    : EnteredValue.empty(indicator);
            if (!after.equals(before)) {
                changes.add(new ValueChange(versions.get(i).commit().author(), versions.get(i).commit().when(), before, after));
            }
        }
        return changes;
    }

    /** Imports one city's file (CSV or workbook) into its values; see {@link RoundSteps#importFile}. */
    public int importFile(String id, String city, Path file, Author author) {
        return new RoundSteps(this).importFile(id, city, app.workspace().userFile(file), author);
    }

    public void submit(String id, String city, Author author) {
        new RoundSteps(this).submit(id, city, author);
    }

    /** Sends a submitted city back to its akimat; the reason is required. */
    public void returnCity(String id, String city, String reason, Author author) {
        new RoundSteps(this).returnCity(id, city, reason, author);
    }

    /** Sends a submitted city back; with {@code nameOpenQuestions}, the reason names the values with an open question. */
    public void returnCity(String id, String city, String reason, boolean nameOpenQuestions, Author author) {
        returnCity(id, city, nameOpenQuestions ? RoundQuestions.naming(reason, questions(id, city)) : reason, author);
    }

    /** Approves a submitted city: its values are locked and join the round's data set. */
    public void approve(String id, String city, Author author) {
        new RoundSteps(this).approve(id, city, author);
    }

    /** Unlocks an approved city; the reason is required. */
    public void reopen(String id, String city, String reason, Author author) {
        new RoundSteps(this).reopen(id, city, reason, author);
    }

    /** A reviewer's question at one value of a city; see {@link RoundQuestions}. */
    public void ask(String id, String city, String indicator, String text, Author author) {
        new RoundQuestions(this).ask(id, city, indicator, text, author);
    }

    /** The akimat's answer to the open questions at one of its values. */
    public void answer(String id, String city, String indicator, String text, Author author) {
        new RoundQuestions(this).answer(id, city, indicator, text, author);
    }

    /** The questions at a city's values and their answers, oldest first. */
    public CityQuestions questions(String id, String city) {
        Round round = round(id);
        return folder.questions(round, cityOf(round, city));
    }

    /** The long-form CSV {@code city,indicator,value,source,quality,comment} of every approved value. */
    public String exportCsv(String id) {
        Round round = round(id);
        RoundSteps steps = new RoundSteps(this);
        return RoundExport.csv(round, steps.approvedValues(round, folder.log(id)), checks(round).indicators());
    }

    /** The same values as a workbook of one sheet. */
    public byte[] exportWorkbook(String id) {
        Round round = round(id);
        RoundSteps steps = new RoundSteps(this);
        return RoundExport.workbook(round, steps.approvedValues(round, folder.log(id)), checks(round).indicators());
    }

    /** The round's data set: its approved values as a city file every command reads. */
    public Path dataSet(String id) {
        round(id);
        return folder.file(RoundFolder.approvedPath(id));
    }

    private RoundChecks checks(Round round) {
        return new RoundChecks(app.standard(round.standard()));
    }

    static RoundCity cityOf(Round round, String city) {
        return round.cityOrThrow(city, Path.of(RoundFolder.roundPath(round.id())));
    }

    void refuseUnlessEditable(Round round, RoundCity city, CityValues values, String what) {
        CityState state = RoundFolder.state(city, values, folder.log(round.id()));
        if (!state.editable()) {
            throw InputException.of(Location.of(Path.of(RoundFolder.cityPath(round.id(), city))), city.name() + " is "
                    + state.key() + " in round " + round.id() + ", so its values cannot be " + what + "; "
                    + (state == CityState.APPROVED ? "an administrator may reopen it with a reason"
                    : "a reviewer returns it (with a reason) or approves it first"));
        }
    }

    RoundFolder folder() {
        return folder;
    }

    Clock clock() {
        return clock;
    }

    RoundChecks checksOf(Round round) {
        return checks(round);
    }
}
