package kz.etalon.web;

import io.javalin.http.Context;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import io.javalin.http.HttpStatus;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.app.LoadedStandard;
import kz.etalon.app.RoundEdits;
import kz.etalon.app.RoundStatus;
import kz.etalon.app.Rounds;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.round.CityQuestions;
import kz.etalon.round.CityState;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;

/**
 * The pages of a rating round: the list of rounds, a round's status board, and a city's form with its steps.
 * Every route checks its right through {@link RoundAccess}; a request for another city, or a step the
 * visitor may not take, is answered 403 and changes nothing; a step the round does not allow, 409.
 */
public final class RoundPages {

    public record ListModel(List<String> rounds, java.util.Optional<RoundOpening.OpeningForm> opening) {
    }

    /** A row of the board: a city, its state, timeliness, values given and explained, its last step, open questions. */
    public record BoardRow(String city, String state, String stateLabel, String timeliness, String timelinessLabel,
                           long given, long explained, String last, int openQuestions) {
    }

    public record BoardModel(Round round, int indicators, long approved, boolean provisional, String sort,
                             List<BoardRow> rows) {
    }

    private static final Map<String, Comparator<BoardRow>> SORTS = Map.of(
            "city", Comparator.comparing(BoardRow::city, String.CASE_INSENSITIVE_ORDER),
            "state", Comparator.comparing(BoardRow::state).thenComparing(BoardRow::city, String.CASE_INSENSITIVE_ORDER),
            "timeliness", Comparator.comparing(BoardRow::timeliness).reversed().thenComparing(BoardRow::city),
            "given", Comparator.comparingLong(BoardRow::given).thenComparing(BoardRow::city),
            "questions", Comparator.comparingInt(BoardRow::openQuestions).reversed().thenComparing(BoardRow::city));

    private final Web web;
    private final RoundOpening opening;

    RoundPages(Web web) {
        this.web = web;
        this.opening = new RoundOpening(web);
    }

    void routes(Routes routes) {
        routes.get("/rounds", this::list);
        routes.post("/rounds", opening::open);
        routes.get("/rounds/{id}", this::board);
        routes.get("/rounds/{id}/cities/{city}", this::form);
        routes.post("/rounds/{id}/cities/{city}/values/{indicator}", this::saveValue);
        routes.get("/rounds/{id}/cities/{city}/values/{indicator}/history", this::valueHistory);
        routes.post("/rounds/{id}/cities/{city}/submit", this::submit);
        routes.post("/rounds/{id}/cities/{city}/return", this::returnCity);
        routes.post("/rounds/{id}/cities/{city}/approve", this::approve);
        routes.post("/rounds/{id}/cities/{city}/reopen", this::reopen);
    }

    private Rounds rounds() {
        return web.app().rounds();
    }

    private void list(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        web.render(ctx, "rounds.jte", new ListModel(rounds().ids(), opening.blank(visitor)));
    }

    private Round round(Context ctx) {
        String id = ctx.pathParam("id");
        if (!rounds().ids().contains(id)) {
            throw new NotFound("round " + id);
        }
        return rounds().round(id);
    }

    private RoundCity city(Context ctx, Round round) {
        return round.city(ctx.pathParam("city")).orElseThrow(() -> new NotFound("city " + ctx.pathParam("city")));
    }

    private void board(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        Round round = round(ctx);
        Words words = new Words(visitor.language());
        RoundStatus status = rounds().status(round.id());
        List<RoundCity> visible = RoundAccess.visible(visitor, round.cities());
        String sort = Optional.ofNullable(ctx.queryParam("sort")).filter(SORTS::containsKey).orElse("city");
        List<BoardRow> rows = status.cities().stream().filter(city -> visible.contains(city.city()))
                .map(city -> new BoardRow(city.city().name(), city.state().key(), words.t(city.state().labelKey()),
                        city.timeliness().key(), words.t("round.timeliness." + city.timeliness().key()), city.given(),
                        city.explained(), city.lastStep().map(step -> words.t("round.step." + step.kind().key()) + " · "
                        + WhenText.of(step.when(), words.language()) + " · " + step.by()).orElse(""), city.openQuestions()))
                .sorted(SORTS.get(sort)).toList();
        web.render(ctx, "roundBoard.jte", new BoardModel(round, status.indicators(), status.approved(), status.provisional(),
                sort, rows));
    }

    private void form(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.readCity(ctx, city);
        renderForm(ctx, visitor, round, city, Map.of(), Map.of());
    }

    /** The city's form; a row in {@code shown} as typed, and a question's or answer's text refused at its value. */
    void renderForm(Context ctx, Visitor visitor, Round round, RoundCity city, Map<String, RoundForm.Row> shown,
                    Map<String, RoundQuestionPages.Refused> refusedQuestions) {
        Words words = new Words(visitor.language());
        LoadedStandard standard = web.standard(round.standard());
        CityValues values = rounds().values(round.id(), city.name());
        CityState state = rounds().state(round.id(), city.name());
        CityQuestions questions = rounds().questions(round.id(), city.name());
        boolean mayWrite = RoundAccess.mayWrite(visitor, city) && state.editable();
        List<RoundForm.Section> sections = RoundForm.sections(round, city, standard, values, lastYear(round, city), mayWrite,
                words, shown);
        long given = values.values().values().stream().filter(EnteredValue::isGiven).count();
        long explained = values.values().values().stream().filter(EnteredValue::isExplained).count();
        web.render(ctx, "roundForm.jte", new RoundForm.Model(round, city, state, mayWrite,
                RoundAccess.mayReview(visitor) && state == CityState.SUBMITTED,
                RoundAccess.mayReopen(visitor) && state == CityState.APPROVED, sections,
                RoundForm.log(rounds().log(round.id()), city, words), given, explained,
                (int) standard.standard().indicators().count(), RoundQuestionPages.blocks(round, city, questions, state, visitor,
                standard.standard().indicators().map(i -> i.id()).toList(), words, refusedQuestions), questions.open().size()));
    }

    /** Last year's values of the city: the previous round's, when the round names one and the city took part. */
    private Map<String, String> lastYear(Round round, RoundCity city) {
        Map<String, String> values = new HashMap<>();
        round.previous().filter(previous -> rounds().ids().contains(previous)).ifPresent(previous -> {
            if (rounds().round(previous).city(city.name()).isPresent()) {
                rounds().values(previous, city.name()).values().forEach((id, value) -> values.put(id, value.value()));
            }
        });
        return values;
    }

    private void saveValue(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.writeCity(ctx, city);
        String indicatorId = ctx.pathParam("indicator");
        LoadedStandard standard = web.standard(round.standard());
        var indicator = standard.standard().indicator(indicatorId).orElseThrow(() -> new NotFound("indicator " + indicatorId));
        EnteredValue typed = new EnteredValue(indicator.id(), field(ctx, "value"), field(ctx, "source"),
                Quality.parse(field(ctx, "quality")), field(ctx, "comment"));
        Words words = new Words(visitor.language());
        RoundEdits.Outcome outcome;
        try {
            outcome = rounds().save(round.id(), city.name(), List.of(new RoundEdits.Edit(typed, field(ctx, "base"))),
                    DraftPages.author(visitor));
        } catch (InputException e) {
            refused(ctx, e);
            return;
        }
        String last = lastYear(round, city).getOrDefault(indicator.id(), "");
        RoundForm.Row row;
        if (!outcome.refused().isEmpty()) {
            ctx.status(422);
            row = RoundForm.row(round, city, indicator, typed, last, true, words, outcome.refused().get(0).message(), null);
            row = new RoundForm.Row(row.roundId(), row.city(), row.indicator(), row.name(), row.method(), row.lastYear(),
                    typed, field(ctx, "base"), true, row.problem(), null);
        } else if (!outcome.conflicts().isEmpty()) {
            ctx.status(409);
            EnteredValue stored = outcome.conflicts().get(0).stored();
            row = RoundForm.row(round, city, indicator, stored, last, true, words, words.t("round.conflict", typed.value()), stored);
        } else {
            row = RoundForm.row(round, city, indicator, rounds().values(round.id(), city.name()).valueOrEmpty(indicator.id()),
                    last, true, words, "", null);
        }
        if (ctx.header("HX-Request") != null) {
            ctx.html(web.render("roundValue.jte", web.page(ctx), row));
        } else if (ctx.status().getCode() == 200) {
            ctx.redirect(formPath(round, city) + "#value-" + indicator.id(), HttpStatus.SEE_OTHER);
        } else {
            renderForm(ctx, visitor, round, city, Map.of(indicator.id(), row), Map.of());
        }
    }

    /** A change of a value as its history page shows it. */
    public record HistoryLine(String when, String by, String before, String after, String source, String quality,
                              String comment) {
    }

    public record HistoryModel(String round, String city, String indicator, String name, List<HistoryLine> lines) {
    }

    private void valueHistory(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.readCity(ctx, city);
        Words words = new Words(visitor.language());
        var indicator = web.standard(round.standard()).standard().indicator(ctx.pathParam("indicator"))
                .orElseThrow(() -> new NotFound("indicator " + ctx.pathParam("indicator")));
        List<HistoryLine> lines = rounds().valueHistory(round.id(), city.name(), indicator.id()).stream()
                .map(change -> new HistoryLine(WhenText.of(change.when(), words.language()), change.by(),
                        change.before().value(), change.after().value(), change.after().source(),
                        change.after().quality().map(quality -> words.t(quality.labelKey())).orElse(""),
                        change.after().comment())).toList();
        web.render(ctx, "roundValueHistory.jte", new HistoryModel(round.id(), city.name(), indicator.id(),
                words.name(indicator.name()), lines));
    }

    private void submit(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.writeCity(ctx, city);
        step(ctx, round, city, AuditKind.ROUND_SUBMITTED, () -> rounds().submit(round.id(), city.name(), DraftPages.author(visitor)));
    }

    private void returnCity(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.review(ctx);
        step(ctx, round, city, AuditKind.ROUND_RETURNED, () -> rounds().returnCity(round.id(), city.name(), field(ctx, "reason"),
                !field(ctx, "name_questions").isEmpty(), DraftPages.author(visitor)));
    }

    private void approve(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.review(ctx);
        step(ctx, round, city, AuditKind.ROUND_APPROVED, () -> rounds().approve(round.id(), city.name(), DraftPages.author(visitor)));
    }

    private void reopen(Context ctx) {
        Round round = round(ctx);
        RoundCity city = city(ctx, round);
        Visitor visitor = RoundAccess.reopen(ctx);
        step(ctx, round, city, AuditKind.ROUND_REOPENED, () -> rounds().reopen(round.id(), city.name(), field(ctx, "reason"), DraftPages.author(visitor)));
    }

    /** Takes the step and shows the form again; a step the round does not allow is answered 409 with why. */
    private void step(Context ctx, Round round, RoundCity city, AuditKind kind, Runnable step) {
        String target = round.id() + "/" + city.name();
        try {
            step.run();
            web.audit(ctx, kind, target, AuditEntry.Outcome.OK, "");
        } catch (InputException e) {
            web.audit(ctx, kind, target, AuditEntry.Outcome.REFUSED, "");
            refused(ctx, e);
            return;
        }
        ctx.redirect(formPath(round, city), HttpStatus.SEE_OTHER);
    }

    private void refused(Context ctx, InputException e) {
        ctx.status(409);
        Page page = web.page(ctx);
        List<Problem> problems = e.problems();
        ctx.html(web.render("error.jte", page, new ErrorPages.ErrorModel(409, page.t().t("round.refused"),
                page.t().t("round.refused.advice"), problems, ctx.header("HX-Request") != null)));
    }

    /** Answers a request for another city's data, or a step the visitor may not take: 403, nothing changed. */
    static void forbidden(RoundAccess.Forbidden e, Context ctx, Web web) {
        ctx.status(403);
        Page page = web.page(ctx);
        ctx.html(web.render("error.jte", page, new ErrorPages.ErrorModel(403, page.t().t("round.forbidden"),
                page.t().t("round.forbidden.advice"), List.of(), ctx.header("HX-Request") != null)));
    }

    private static String formPath(Round round, RoundCity city) {
        return "/rounds/" + Page.encode(round.id()) + "/cities/" + Page.encode(city.name());
    }

    private static String field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("");
    }
}
