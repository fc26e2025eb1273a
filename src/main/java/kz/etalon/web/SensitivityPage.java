package kz.etalon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Right;
import kz.etalon.analysis.Sensitivity;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import kz.etalon.report.FitNoteText;
import kz.etalon.report.SensitivityReport;

/**
 * How solid each rank is, by Monte Carlo as {@code ./etalon sensitivity} runs it: a form whose analysis
 * runs as a job in the {@link WorkPool} (its page shows the progress and can cancel it, see {@link JobPages}),
 * and the result per standard: each city's median rank and the range of 90% of its ranks.
 */
public final class SensitivityPage {

    static final String KIND = "sensitivity";
    static final int DEFAULT_RUNS = 200;
    static final BigDecimal DEFAULT_NOISE = BigDecimal.valueOf(5);
    private static final BigDecimal MAX_NOISE = BigDecimal.valueOf(100);

    /** One of the visitor's jobs, as the form's page lists them. */
    public record JobLine(String id, String title, String state, int done, int total) {
    }

    public record FormModel(List<String> standards, List<String> dataSets, String standard, int runs, BigDecimal noise,
                            long seed, List<JobLine> jobs) {
    }

    /** One city's ranks over the runs. */
    public record RankRow(String city, int rank, int median, int p5, int p95, String sameRank, String likely) {
    }

    public record SectionView(String standard, String header, List<RankRow> rows) {
    }

    public record ResultView(List<SectionView> sections, List<String> notes) {
    }

    /** A finished analysis and what it was asked: it renders itself on its job's page. */
    record Outcome(int runs, long seed, Uncertainty varied, Etalon.Sensitivities result) implements JobResult {

        @Override
        public gg.jte.Content render(Web web, Page page) {
            Messages m = page.t().messages();
            String words = SensitivityReport.varied(varied, m);
            List<SectionView> sections = new ArrayList<>();
            for (Etalon.StandardRanks standard : result.standards()) {
                List<RankRow> rows = standard.cities().stream().map(city -> new RankRow(city.city(), city.evaluatedRank(),
                        city.median(), city.p5(), city.p95(), SensitivityReport.percent(city.probabilityOfEvaluatedRank()),
                        SensitivityReport.likely(city.probabilities()))).toList();
                sections.add(new SectionView(standard.standard(), m.get("sensitivityText.header", standard.standard(), runs,
                        String.valueOf(seed), words), rows));
            }
            FitNoteText notes = new FitNoteText(m);
            return web.part("sensitivityresult.jte", page,
                    new ResultView(sections, result.notes().stream().map(notes::describe).toList()));
        }
    }

    private final Web web;
    private final WorkPool pool;

    SensitivityPage(Web web, WorkPool pool) {
        this.web = web;
        this.pool = pool;
    }

    void routes(Routes routes) {
        routes.get("/sensitivity", this::form);
        routes.post("/sensitivity", this::start);
        new JobPages(web, pool).routes(routes);
    }

    private void form(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<String> standards = web.workspace().standards();
        String standard = standards.contains(Workspace.DEFAULT_STANDARD) ? Workspace.DEFAULT_STANDARD
                : standards.isEmpty() ? "" : standards.get(0);
        List<JobLine> jobs = pool.jobsOf(visitor.account().name()).stream()
                .map(job -> new JobLine(job.id(), job.title(), job.state().key(), job.done(), job.total())).toList();
        web.render(ctx, "sensitivity.jte", new FormModel(standards, web.dataSets(), standard, DEFAULT_RUNS, DEFAULT_NOISE,
                1, jobs));
    }

    private void start(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.ANALYSE);
        Problems problems = new Problems();
        List<String> ids = java.util.stream.Stream.concat(ctx.formParams("standard").stream(), ctx.formParams("standard2").stream())
                .map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        if (ids.isEmpty() || ids.size() > 2) {
            problems.error(field("standard"), "choose one standard, or two to compare how solid their ranks are");
        }
        ids.forEach(web::standardId);
        String dataSet = blankless(ctx.formParam("data"));
        Path data = dataSet == null ? null : web.dataFile(dataSet);
        int runs = runs(ctx.formParam("runs"), problems);
        BigDecimal noise = noise(ctx.formParam("noise"), problems);
        long seed = seed(ctx.formParam("seed"), problems);
        problems.throwIfErrors();
        Uncertainty uncertainty = new Uncertainty(noise, List.of(), List.of(), Map.of());
        String title = String.join(", ", ids) + (dataSet == null ? "" : " · " + dataSet);
        Job job;
        try {
            job = pool.submit(visitor.account().name(), KIND, title, progress -> new Outcome(runs, seed, uncertainty,
                    web.app().sensitivity(ids, data, uncertainty, runs, seed, progress)));
        } catch (WorkPool.OneAtATime e) {
            JobPages.refused(web, ctx, HttpStatus.TOO_MANY_REQUESTS, "job.one_at_a_time", e.running());
            return;
        } catch (WorkPool.Busy e) {
            ctx.header("Retry-After", "60");
            JobPages.refused(web, ctx, HttpStatus.SERVICE_UNAVAILABLE, "job.busy", null);
            return;
        }
        ctx.redirect("/jobs/" + job.id(), HttpStatus.SEE_OTHER);
    }

    private static int runs(String text, Problems problems) {
        try {
            int runs = Integer.parseInt(text == null ? "" : text.strip());
            if (runs >= 1 && runs <= Sensitivity.MAX_RUNS) {
                return runs;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.error(field("runs"), "`" + text + "` is not a number of runs from 1 to " + Sensitivity.MAX_RUNS);
        return 0;
    }

    private static BigDecimal noise(String text, Problems problems) {
        String typed = text == null ? "" : text.strip().replace(',', '.');
        try {
            BigDecimal noise = typed.length() <= 20 ? new BigDecimal(typed) : null;
            if (noise != null && noise.signum() >= 0 && noise.compareTo(MAX_NOISE) <= 0 && noise.scale() <= 6) {
                return noise;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.error(field("noise"), "`" + text + "` is not a percentage from 0 to 100");
        return BigDecimal.ZERO;
    }

    private static long seed(String text, Problems problems) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            problems.error(field("seed"), "`" + text + "` is not a whole number (the seed of the random draws)");
            return 0;
        }
    }

    /** A field of the form, as the problem's place. */
    private static Location field(String name) {
        return Location.of(Path.of(name));
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
