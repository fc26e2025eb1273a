package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.app.Rounds;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.round.RoundCity;

/**
 * The form on the list of rounds with which an admin opens a round: its id, the published standard, the
 * year, the cities (one a line; after {@code =}, the accounts that enter its data), a deadline and the
 * previous round. What the round refuses comes back on the same form (422), with what was typed kept.
 */
final class RoundOpening {

    /** What the form shows: the choices, what was typed, and what is wrong with it. */
    public record OpeningForm(List<String> standards, List<String> rounds, String id, String standard, String year,
                              String cities, String deadline, String previous, List<Problem> problems) {
    }

    private final Web web;

    RoundOpening(Web web) {
        this.web = web;
    }

    /** An empty form, for an admin; none for anyone else. */
    Optional<OpeningForm> blank(Visitor visitor) {
        if (!visitor.may(Right.MANAGE_USERS)) {
            return Optional.empty();
        }
        return Optional.of(new OpeningForm(web.workspace().standards(), web.app().rounds().ids(), "", "",
                String.valueOf(LocalDate.now().getYear()), "", "", "", List.of()));
    }

    void open(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.MANAGE_USERS);
        String id = field(ctx, "id");
        String standard = field(ctx, "standard");
        String year = field(ctx, "year");
        String cities = field(ctx, "cities");
        String deadline = field(ctx, "deadline");
        String previous = field(ctx, "previous");
        Location at = Location.of(java.nio.file.Path.of("rounds"));   // not the id: it is checked by the round first
        List<Problem> problems = new ArrayList<>();
        Optional<Integer> yearNumber = number(year, at, problems);
        Optional<LocalDate> due = date(deadline, at, problems);
        if (!web.workspace().standards().contains(standard)) {
            problems.add(Problem.error(at, "choose the standard of the round"));
        }
        if (problems.isEmpty()) {
            try {
                web.app().rounds().open(new Rounds.Opening(id, standard, yearNumber.orElseThrow(), cities(cities), due,
                        previous.isEmpty() ? Optional.empty() : Optional.of(previous)), DraftPages.author(visitor));
                ctx.redirect("/rounds/" + id, HttpStatus.SEE_OTHER);
                return;
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        ctx.status(422);
        web.render(ctx, "rounds.jte", new RoundPages.ListModel(web.app().rounds().ids(), Optional.of(new OpeningForm(
                web.workspace().standards(), web.app().rounds().ids(), id, standard, year, cities, deadline, previous,
                problems))));
    }

    /** One city a line, written as on the command line ({@link RoundCity#parse}); blank lines are left out. */
    static List<RoundCity> cities(String text) {
        return text.lines().filter(line -> !line.isBlank()).map(RoundCity::parse).toList();
    }

    private static Optional<Integer> number(String year, Location at, List<Problem> problems) {
        if (!year.matches("[0-9]{4}")) {
            problems.add(Problem.error(at, "`" + year + "` is not a year; write it as 2020"));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(year));
    }

    private static Optional<LocalDate> date(String text, Location at, List<Problem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(at, "`" + text + "` is not a date; write it as 2020-03-31"));
            return Optional.empty();
        }
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
