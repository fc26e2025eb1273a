package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kz.etalon.account.Account;
import kz.etalon.account.Role;

/**
 * A job's page: its progress while it waits or runs (the part {@code /jobs/{id}/progress} that the page
 * asks for every half second), then its result, or that it was cancelled, or what kept it from a result.
 * Only the visitor who started it, or an administrator, sees it or cancels it; for anyone else it does
 * not exist (404), so a job's address tells nothing about whose it is.
 */
public final class JobPages {

    /** A job as its page shows it; {@code result} is the part a template makes of it, null until it is done. */
    public record JobModel(String id, String kind, String title, String state, int done, int total, gg.jte.Content result) {

        public boolean running() {
            return state.equals(Job.State.QUEUED.key()) || state.equals(Job.State.RUNNING.key());
        }
    }

    /** A job refused: why, what to do, and the visitor's job already running (or null). */
    public record RefusedModel(int status, String heading, String advice, String runningId) {
    }

    private final Web web;
    private final WorkPool pool;

    JobPages(Web web, WorkPool pool) {
        this.web = web;
        this.pool = pool;
    }

    void routes(Routes routes) {
        routes.get("/jobs/{id}", ctx -> show(ctx, false));
        routes.get("/jobs/{id}/progress", ctx -> show(ctx, true));
        routes.post("/jobs/{id}/cancel", this::cancel);
    }

    private void show(Context ctx, boolean fragment) {
        Job job = visible(ctx);
        Page page = web.page(ctx);
        boolean part = fragment || ctx.header("HX-Request") != null;
        if (job.state() == Job.State.FAILED) {
            error(ctx, page, 400, "error.input", "error.input.advice", job, part);
            return;
        }
        if (job.state() == Job.State.CRASHED) {
            error(ctx, page, 500, "error.internal", "error.internal.advice", job, part);
            return;
        }
        JobModel model = model(job, page);
        ctx.html(web.render(part ? "jobstate.jte" : "job.jte", page, model));
    }

    private void cancel(Context ctx) {
        Job job = visible(ctx);
        job.cancel();
        if (ctx.header("HX-Request") != null) {
            show(ctx, true);
        } else {
            ctx.redirect("/jobs/" + job.id(), HttpStatus.SEE_OTHER);
        }
    }

    /** The job named in the address, if this visitor may see it; else 404, as for a job that never was. */
    private Job visible(Context ctx) {
        Account account = Visitor.of(ctx).account();
        return pool.find(ctx.pathParam("id"))
                .filter(job -> job.owner().equals(account.name()) || account.role() == Role.ADMIN)
                .orElseThrow(() -> new NotFound("job " + ctx.pathParam("id")));
    }

    private JobModel model(Job job, Page page) {
        gg.jte.Content result = job.state() == Job.State.DONE && job.result() instanceof JobResult done
                ? done.render(web, page) : null;
        return new JobModel(job.id(), job.kind(), job.title(), job.state().key(), job.done(), job.total(), result);
    }

    /** What the request would have shown had it run at once: the problems of its input, or the incident. */
    private void error(Context ctx, Page page, int status, String heading, String advice, Job job, boolean fragment) {
        ctx.status(status);
        ErrorPages.ErrorModel model = new ErrorPages.ErrorModel(status, page.t().t(heading),
                page.t().t(advice, job.incident() == null ? "" : job.incident()), job.problems(), fragment);
        ctx.html(web.render("error.jte", page, model));
    }

    /** The page for a job refused: 429 with a link to the visitor's job that runs, or 503 (busy). */
    static void refused(Web web, Context ctx, HttpStatus status, String key, Job running) {
        Page page = web.page(ctx);
        ctx.status(status);
        ctx.html(web.render("jobrefused.jte", page, new RefusedModel(status.getCode(), page.t().t(key),
                page.t().t(key + ".advice"), running == null ? null : running.id())));
    }
}
