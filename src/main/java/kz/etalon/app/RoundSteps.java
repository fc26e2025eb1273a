package kz.etalon.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.city.CityFile;
import kz.etalon.city.CityFiles;
import kz.etalon.city.RawValue;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.round.CityState;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.round.RoundFolder;
import kz.etalon.round.Step;

/** The steps of a city in a round: a file imported, submitted, returned, approved, reopened; each one commit. */
final class RoundSteps {

    private final Rounds rounds;
    private final RoundFolder folder;

    RoundSteps(Rounds rounds) {
        this.rounds = rounds;
        this.folder = rounds.folder();
    }

    /**
     * A city file (CSV or workbook) of one city's values put into the round: every row must be that city's and
     * every value pass the checks of {@code validate}; the values replace those entered, keeping their source,
     * quality and comment. Returns how many values it held.
     */
    int importFile(String id, String city, Path file, Author author) {
        Round round = rounds.round(id);
        RoundCity member = Rounds.cityOf(round, city);
        RoundChecks checks = rounds.checksOf(round);
        Problems problems = new Problems();
        Optional<CityFile> read = CityFiles.read(file, problems);
        problems.throwIfErrors();
        Map<String, String> given = new LinkedHashMap<>();
        for (RawValue raw : read.orElseThrow().values()) {
            if (!raw.city().strip().equalsIgnoreCase(member.name())) {
                problems.error(raw.at(), "a row of " + (raw.city().isBlank() ? "no city" : raw.city()) + ", not of "
                        + member.name() + "; a file imported for " + member.name() + " holds only its rows");
            } else if (!raw.isBlank()) {
                given.put(raw.indicator(), raw.text().strip());
            }
        }
        problems.throwIfErrors();
        List<EnteredValue> values = given.entrySet().stream()
                .map(entry -> new EnteredValue(entry.getKey(), entry.getValue(), "", Optional.empty(), "")).toList();
        List<Problem> errors = checks.city(member.name(), values, file).stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InputException(errors);
        }
        return folder.locked(() -> {
            CityValues current = folder.values(round, member);
            rounds.refuseUnlessEditable(round, member, current, "imported");
            List<EnteredValue> merged = new ArrayList<>();
            given.forEach((indicator, text) -> {
                EnteredValue was = current.valueOrEmpty(indicator);
                merged.add(new EnteredValue(indicator, text, was.source(), was.quality(), was.comment()));
            });
            List<Step> log = new ArrayList<>(folder.log(id));
            log.add(new Step(rounds.clock().instant(), member.name(), Step.Kind.IMPORTED, author.name(), ""));
            folder.write(new RoundFolder.Change().values(round, current.with(merged), checks.indicators()).log(id, log),
                    author, id, member.name(), Step.Kind.IMPORTED);
            return merged.size();
        });
    }

    /** Submitted for review: every value given or explained, and every given value one {@code validate} accepts. */
    void submit(String id, String city, Author author) {
        Round round = rounds.round(id);
        RoundCity member = Rounds.cityOf(round, city);
        RoundChecks checks = rounds.checksOf(round);
        folder.locked(() -> {
            CityValues values = folder.values(round, member);
            rounds.refuseUnlessEditable(round, member, values, "submitted");
            Path at = Path.of(RoundFolder.cityPath(id, member));
            Problems problems = new Problems();
            for (String indicator : checks.indicators()) {
                EnteredValue value = values.valueOrEmpty(indicator);
                if (!value.isGiven() && !value.isExplained()) {
                    problems.error(Location.of(at), member.name() + ", " + indicator + ": no value and no comment saying why;"
                            + " give the value, or explain in a comment why there is none");
                }
            }
            problems.addAll(checks.city(member.name(), values.values().values(), at));
            problems.throwIfErrors();
            step(round, member, Step.Kind.SUBMITTED, author, "", Optional.empty());
            return null;
        });
    }

    void returnCity(String id, String city, String reason, Author author) {
        transition(id, city, CityState.SUBMITTED, Step.Kind.RETURNED, required(reason, "returned"), author,
                "only a submitted city is returned");
    }

    void approve(String id, String city, Author author) {
        transition(id, city, CityState.SUBMITTED, Step.Kind.APPROVED, "", author, "only a submitted city is approved");
    }

    void reopen(String id, String city, String reason, Author author) {
        transition(id, city, CityState.APPROVED, Step.Kind.REOPENED, required(reason, "reopened"), author,
                "only an approved city is reopened");
    }

    private void transition(String id, String city, CityState from, Step.Kind kind, String reason, Author author,
                            String rule) {
        Round round = rounds.round(id);
        RoundCity member = Rounds.cityOf(round, city);
        folder.locked(() -> {
            CityState state = RoundFolder.state(member, folder.values(round, member), folder.log(id));
            if (state != from) {
                throw InputException.of(Location.of(Path.of(RoundFolder.logPath(id))), member.name() + " is " + state.key()
                        + " in round " + id + "; " + rule + " (`./etalon round status " + id + "` shows each city's state)");
            }
            step(round, member, kind, author, reason, Optional.of(kind));
            return null;
        });
    }

    /** Logs the step and, when it changes what is approved, writes the round's data set anew in the same commit. */
    private void step(Round round, RoundCity city, Step.Kind kind, Author author, String reason, Optional<Step.Kind> approval) {
        List<Step> log = new ArrayList<>(folder.log(round.id()));
        log.add(new Step(rounds.clock().instant(), city.name(), kind, author.name(), reason));
        RoundFolder.Change change = new RoundFolder.Change().log(round.id(), log);
        if (approval.filter(k -> k == Step.Kind.APPROVED || k == Step.Kind.REOPENED).isPresent()) {
            change.approved(round.id(), RoundExport.dataSet(round, approvedValues(round, log),
                    rounds.checksOf(round).indicators()));
        }
        folder.write(change, author, round.id(), city.name(), kind);
    }

    /** The values of every approved city, by city name, as the log {@code log} leaves them. */
    Map<String, CityValues> approvedValues(Round round, List<Step> log) {
        Map<String, CityValues> approved = new LinkedHashMap<>();
        for (RoundCity city : round.cities()) {
            CityValues values = folder.values(round, city);
            if (RoundFolder.state(city, values, log) == CityState.APPROVED) {
                approved.put(city.name(), values);
            }
        }
        return approved;
    }

    private static String required(String reason, String step) {
        if (reason == null || reason.isBlank()) {
            throw InputException.of(Location.of(null), "a city is " + step + " with a reason; give it with --reason TEXT");
        }
        return reason.strip();
    }
}
