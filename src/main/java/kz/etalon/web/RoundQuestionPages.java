package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.problem.InputException;
import kz.etalon.round.CityQuestions;
import kz.etalon.round.CityState;
import kz.etalon.round.Question;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;

/**
 * Questions at a city's values: a reviewer (no city, the right to publish) asks at any value, the city's akimat
 * answers. Neither changes a value here; an akimat's answer for another city, or anyone else's question, is
 * answered 403 with nothing stored.
 */
public final class RoundQuestionPages {

    /** A question or an answer as the form shows it under its value. */
    public record Line(String when, String by, String kind, String kindLabel, String text, boolean open) {
    }

    /** A text not stored: what was typed, as question or answer, and why it was refused. */
    public record Refused(String kind, String typed, String problem) {
    }

    /** The questions at one value, whether the visitor may ask or answer there, and a text just refused. */
    public record Block(String action, String indicator, List<Line> lines, boolean mayAsk, boolean mayAnswer,
                        Optional<Refused> refused) {

        public String typed(String kind) {
            return refused.filter(r -> r.kind().equals(kind)).map(Refused::typed).orElse("");
        }
    }

    private final Web web;
    private final RoundPages pages;

    RoundQuestionPages(Web web, RoundPages pages) {
        this.web = web;
        this.pages = pages;
    }

    void routes(Routes routes) {
        routes.post("/rounds/{id}/cities/{city}/values/{indicator}/questions", this::ask);
        routes.post("/rounds/{id}/cities/{city}/values/{indicator}/answers", this::answer);
    }

    /** The blocks of the form by indicator: one where a line is, or where the visitor may ask. */
    static Map<String, Block> blocks(Round round, RoundCity city, CityQuestions questions, CityState state, Visitor visitor,
                                     List<String> indicators, Words words, Map<String, Refused> refused) {
        boolean open = state != CityState.APPROVED;
        boolean mayAsk = open && RoundAccess.mayReview(visitor);
        boolean mayAnswer = open && RoundAccess.mayWrite(visitor, city);
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<Question> unanswered = questions.open();
        for (String indicator : indicators) {
            List<Question> at = questions.at(indicator);
            if (at.isEmpty() && !mayAsk && !refused.containsKey(indicator)) {
                continue;
            }
            List<Line> lines = at.stream().map(line -> new Line(WhenText.of(line.when(), words.language()), line.by(),
                    line.kind().key(), words.t("round.question.kind." + line.kind().key()), line.text(),
                    unanswered.contains(line))).toList();
            boolean answerable = mayAnswer && lines.stream().anyMatch(Line::open);
            blocks.put(indicator, new Block("/rounds/" + Page.encode(round.id()) + "/cities/" + Page.encode(city.name())
                    + "/values/" + Page.encode(indicator), indicator, lines, mayAsk, answerable,
                    Optional.ofNullable(refused.get(indicator))));
        }
        return blocks;
    }

    private void ask(Context ctx) {
        Target target = target(ctx);
        Visitor visitor = RoundAccess.review(ctx);
        take(ctx, visitor, target, AuditKind.ROUND_ASKED, () -> web.app().rounds().ask(target.round().id(), target.city().name(),
                target.indicator(), text(ctx), DraftPages.author(visitor)));
    }

    private void answer(Context ctx) {
        Target target = target(ctx);
        Visitor visitor = RoundAccess.writeCity(ctx, target.city());
        take(ctx, visitor, target, AuditKind.ROUND_ANSWERED, () -> web.app().rounds().answer(target.round().id(),
                target.city().name(), target.indicator(), text(ctx), DraftPages.author(visitor)));
    }

    private record Target(Round round, RoundCity city, String indicator) {
    }

    private Target target(Context ctx) {
        String id = ctx.pathParam("id");
        if (!web.app().rounds().ids().contains(id)) {
            throw new NotFound("round " + id);
        }
        Round round = web.app().rounds().round(id);
        RoundCity city = round.city(ctx.pathParam("city")).orElseThrow(() -> new NotFound("city " + ctx.pathParam("city")));
        String indicator = web.standard(round.standard()).standard().indicator(ctx.pathParam("indicator"))
                .orElseThrow(() -> new NotFound("indicator " + ctx.pathParam("indicator"))).id();
        return new Target(round, city, indicator);
    }

    /** Stores the line and shows the form at its value; a text or step refused is answered 422, why at the field. */
    private void take(Context ctx, Visitor visitor, Target target, AuditKind kind, Runnable step) {
        String audited = target.round().id() + "/" + target.city().name() + "/" + target.indicator();
        try {
            step.run();
            web.audit(ctx, kind, audited, AuditEntry.Outcome.OK, "");
        } catch (InputException e) {
            web.audit(ctx, kind, audited, AuditEntry.Outcome.REFUSED, "");
            ctx.status(422);
            String why = e.problems().stream().map(problem -> problem.message()).reduce((a, b) -> a + "; " + b).orElse("");
            String as = kind == AuditKind.ROUND_ASKED ? "question" : "answer";
            pages.renderForm(ctx, visitor, target.round(), target.city(), Map.of(),
                    Map.of(target.indicator(), new Refused(as, text(ctx), why)));
            return;
        }
        ctx.redirect("/rounds/" + Page.encode(target.round().id()) + "/cities/" + Page.encode(target.city().name())
                + "#questions-" + target.indicator(), HttpStatus.SEE_OTHER);
    }

    private static String text(Context ctx) {
        return Optional.ofNullable(ctx.formParam("text")).orElse("");
    }
}
