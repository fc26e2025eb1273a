package kz.etalon.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page a failed request gets: what went wrong in the reader's words and what to do, never a stack
 * trace. A fault of the server itself is logged with a number the page shows, and the server serves on.
 * A part of a page (an htmx request) gets the message alone, to show in place.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger("etalon.web");
    private static final AtomicLong INCIDENTS = new AtomicLong();

    /** What the error template shows: a heading, an explanation, the problems with their places. */
    public record ErrorModel(int status, String heading, String advice, List<Problem> problems, boolean fragment) {
    }

    private final Web web;

    ErrorPages(Web web) {
        this.web = web;
    }

    void input(InputException e, Context ctx) {
        show(ctx, 400, "error.input", "error.input.advice", e.problems());
    }

    void refused(Refused e, Context ctx) {
        show(ctx, 403, "error.refused", "error.refused." + e.right().name().toLowerCase(java.util.Locale.ROOT), List.of());
    }

    void forged(Gate.Forged e, Context ctx) {
        show(ctx, 403, "error.forged", "error.forged.advice", List.of());
    }

    void busy(Analyses.Busy e, Context ctx) {
        ctx.header("Retry-After", "60");
        show(ctx, 503, "job.busy", "job.busy.advice", List.of());
    }

    void analysing(Analyses.OneAtATime e, Context ctx) {
        ctx.header("Retry-After", "10");
        show(ctx, 429, "analysis.one_at_a_time", "analysis.one_at_a_time.advice", List.of());
    }

    void notFound(NotFound e, Context ctx) {
        show(ctx, 404, "error.not_found", "error.not_found.advice", List.of());
    }

    void logInFirst(Gate.LogInFirst e, Context ctx) {
        String back = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        String login = Page.link("/login", "next", back);
        if (ctx.header("HX-Request") != null) {
            ctx.status(401).header("HX-Redirect", login);
        } else if (ctx.method() == io.javalin.http.HandlerType.GET) {
            ctx.redirect(login);
        } else {
            show(ctx, 401, "error.log_in", "error.log_in.advice", List.of());
        }
    }

    /** A user with a one-time password goes to choose their own before anything else. */
    void changePasswordFirst(Gate.ChangePasswordFirst e, Context ctx) {
        if (ctx.header("HX-Request") != null) {
            ctx.status(403).header("HX-Redirect", AccountPage.PATH);
        } else if (ctx.method() == io.javalin.http.HandlerType.GET) {
            ctx.redirect(AccountPage.PATH);
        } else {
            show(ctx, 403, "account.password.first", "account.password.first.advice", List.of());
        }
    }

    void usersUnreadable(Gate.UsersUnreadable e, Context ctx) {
        show(ctx, 503, "error.users", "error.users.advice", List.of());
    }

    void misdirected(Gate.MisdirectedHost e, Context ctx) {
        ctx.status(421).contentType("text/plain; charset=utf-8")
                .result("This server answers only at http://127.0.0.1 or http://localhost.\n");
    }

    void unexpected(Exception e, Context ctx) {
        long incident = INCIDENTS.incrementAndGet();
        LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
        show(ctx, 500, "error.internal", "error.internal.advice", List.of(), incident);
    }

    /** A route that does not exist (nothing rendered yet). */
    void unmatched(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            show(ctx, 404, "error.not_found", "error.not_found.advice", List.of());
        }
    }

    private void show(Context ctx, int status, String heading, String advice, List<Problem> problems, Object... args) {
        ctx.status(status);
        if (ctx.attribute("etalon.visitor") == null) {
            Visitor.set(ctx, new Visitor(null, Gate.language(ctx), null));
        }
        try {
            Page page = web.page(ctx);
            boolean fragment = ctx.header("HX-Request") != null;
            ErrorModel model = new ErrorModel(status, page.t().t(heading), page.t().t(advice, args), problems, fragment);
            ctx.html(web.render("error.jte", page, model));
        } catch (RuntimeException e) {
            LOG.error("the error page itself failed on {} {}", ctx.method(), ctx.path(), e);
            ctx.contentType("text/plain; charset=utf-8").result("Error " + status + ". Reload the page or go back to /.\n");
        }
    }
}
