package kz.etalon.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.account.Right;
import kz.etalon.app.ApprovalOutdated;
import kz.etalon.app.StandardText;
import kz.etalon.standard.StandardId;
import kz.etalon.standard.edit.LineDiff;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.history.Author;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;

/**
 * The steps of a standard's life that change it: a new draft from a standard, a restored version, and
 * its review (submit, approve, send back). Each is a commit by the logged-in user, made by the
 * application layer, which also refuses what the domain forbids (approving one's own draft, changing a
 * published standard); such a refusal is answered 409 with its message.
 */
public final class DraftPages {

    private static final int LONGEST_ID = 80;

    /** The new-draft page shown again with what was wrong (422). */
    public record NewDraftModel(DraftForm form, List<Problem> problems) {
    }

    /** A review step or restore the application layer refused: the step and its reasons. */
    public record RefusedStepModel(String id, String heading, List<Problem> problems) {
    }

    /** An approval of a version the draft no longer is: both versions (short ids) and the lines between them. */
    public record OutdatedModel(String id, String reviewed, String current, List<LineDiff.Row> rows) {
    }

    private final Web web;

    DraftPages(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.post("/standards/new", this::create);
        routes.post("/standards/{id}/restore", this::restore);
        routes.post("/standards/{id}/submit", this::submit);
        routes.post("/standards/{id}/approve", this::approve);
        routes.post("/standards/{id}/send-back", this::sendBack);
    }

    private void create(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.EDIT_STANDARD);
        Words words = new Words(visitor.language());
        String from = text(ctx.formParam("from"));
        String id = text(ctx.formParam("id"));
        String yearText = text(ctx.formParam("year"));
        List<String> standards = web.workspace().standards();
        List<String> errors = new ArrayList<>();
        if (!standards.contains(from)) {
            errors.add(words.t("draft.unknown_from", from));
        }
        if (StandardId.problem(id).isPresent() || id.length() > LONGEST_ID) {
            errors.add(words.t("draft.bad_id", id));
        } else if (standards.contains(id)) {
            errors.add(words.t("draft.exists", id));
        }
        Integer year = year(yearText);
        if (year == null) {
            errors.add(words.t("draft.bad_year", yearText));
        }
        DraftForm form = new DraftForm(standards, from, id, yearText, errors);
        if (!errors.isEmpty()) {
            again(ctx, form, List.of());
            return;
        }
        try {
            web.app().newDraft(from, id, year, author(visitor));
        } catch (InputException e) {
            again(ctx, form, e.problems());
            return;
        }
        web.audit(ctx, AuditKind.DRAFT_CREATED, id, AuditEntry.Outcome.OK, "from=" + from);
        ctx.redirect("/standards/" + Page.encode(id) + "/edit", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void again(Context ctx, DraftForm form, List<Problem> problems) {
        ctx.status(422);
        web.render(ctx, "newDraft.jte", new NewDraftModel(form, problems));
    }

    private void restore(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        String revision = text(ctx.formParam("revision"));
        step(ctx, id, AuditKind.DRAFT_RESTORED, "history.restore", () -> web.app().restore(id, revision, author(visitor)),
                "/standards/" + Page.encode(id) + "/history");
    }

    private void submit(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        step(ctx, id, AuditKind.DRAFT_SUBMITTED, "review.submit", () -> web.app().submit(id, author(visitor), comment(ctx)), editor(id));
    }

    private void approve(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.PUBLISH);
        String id = web.standardId(ctx.pathParam("id"));
        try {
            step(ctx, id, AuditKind.DRAFT_APPROVED, "review.approve", () -> web.app().approve(id, author(visitor), comment(ctx),
                    text(ctx.formParam("version"))), "/standards/" + Page.encode(id) + "/history");
        } catch (ApprovalOutdated outdated) {
            web.audit(ctx, AuditKind.DRAFT_APPROVED, id, AuditEntry.Outcome.FAILED, "version=" + shortId(outdated.reviewed()));
            StandardText now = outdated.current();
            ctx.status(409);
            web.render(ctx, "approvalOutdated.jte", new OutdatedModel(id, shortId(outdated.reviewed()),
                    shortId(now.version()), LineDiff.of(outdated.reviewedText().orElse(""), now.text())));
        }
    }

    private static String shortId(String version) {
        return version.length() > 7 ? version.substring(0, 7) : version.isEmpty() ? "—" : version;
    }

    private void sendBack(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.PUBLISH);
        String id = web.standardId(ctx.pathParam("id"));
        step(ctx, id, AuditKind.DRAFT_SENT_BACK, "review.send_back", () -> web.app().sendBack(id, author(visitor), comment(ctx)),
                "/standards/" + Page.encode(id) + "/history");
    }

    /** Takes the step and goes on to {@code next}; a step the domain refuses is answered 409 with why. */
    private void step(Context ctx, String id, AuditKind kind, String stepKey, Runnable step, String next) {
        try {
            step.run();
            web.audit(ctx, kind, id, AuditEntry.Outcome.OK, "");
        } catch (InputException e) {
            web.audit(ctx, kind, id, AuditEntry.Outcome.REFUSED, "");
            Words words = new Words(Visitor.of(ctx).language());
            ctx.status(409);
            web.render(ctx, "stepRefused.jte", new RefusedStepModel(id,
                    words.t("review.refused") + ": " + words.t(stepKey), e.problems()));
            return;
        }
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static String editor(String id) {
        return "/standards/" + Page.encode(id) + "/edit";
    }

    static Author author(Visitor visitor) {
        return Author.named(visitor.account().name());
    }

    private static String comment(Context ctx) {
        return text(ctx.formParam("comment"));
    }

    private static Integer year(String text) {
        if (!text.matches("\\d{4}")) {
            return null;
        }
        return Integer.parseInt(text);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
