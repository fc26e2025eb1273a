package kz.etalon.web;

import io.javalin.http.Context;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import io.javalin.http.UploadedFile;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.etalon.account.Account;
import kz.etalon.account.Right;
import kz.etalon.app.Etalon;
import kz.etalon.app.Uploading;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The data page: the data sets of the workspace (bundled and uploaded, with who handed each in), the
 * upload of a city's CSV or workbook for a standard, and the Excel template of a standard to collect
 * data in. An upload is checked as {@code ./etalon validate --standard ID FILE} checks it, and kept only
 * when it has no error and the one who sent it may upload for every city in it.
 */
public final class DataPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final long LIMIT_BYTES = WebServer.UPLOAD_LIMIT_MB * 1024 * 1024;
    private static final List<String> KINDS = List.of("csv", "xlsx");
    private static final int LONGEST_SHOWN_NAME = 120;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("etalon.web");

    /** A data set's line: its name, its standard, its cities, and for an upload who handed it in, when, as what. */
    public record DataSetRow(String name, String standard, List<String> cities, boolean uploaded, String uploader,
                             String at, String original) {
    }

    /**
     * What an upload came to: the HTTP status, the heading and advice in the reader's words, the problems
     * (errors and warnings) as the command line words them, the cities refused, and, when kept, its name.
     */
    public record UploadResult(int status, String heading, String advice, List<Problem> problems,
                               List<String> notTheirs, String stored, String standard, long retryAfterSeconds) {

        public UploadResult(int status, String heading, String advice, List<Problem> problems, List<String> notTheirs,
                            String stored, String standard) {
            this(status, heading, advice, problems, notTheirs, stored, standard, 0);
        }

        public boolean kept() {
            return stored != null;
        }

        public String resultsLink() {
            return Page.link("/results", "standard", standard, "data", Web.UPLOADS + "/" + stored);
        }
    }

    public record DataModel(List<DataSetRow> dataSets, List<String> standards, String standard,
                            List<String> languages, UploadResult result) {
    }

    private final Web web;
    private final Uploads uploads;
    private final UploadAllowance allowance;

    DataPage(Web web) {
        this.web = web;
        this.uploads = new Uploads(web.dataFolder().resolve(Web.UPLOADS), Clock.systemUTC(), LIMIT_BYTES);
        this.allowance = new UploadAllowance(uploads, Clock.systemUTC());
        uploads.dropLeftovers(java.time.Duration.ofHours(1));
    }

    void routes(Routes routes) {
        routes.get("/data", this::show);
        routes.post("/data", this::upload);
        routes.get("/data/template", this::template);
        routes.exception(ServletException.class, this::unreadableUpload);
    }

    /**
     * The server could not take a multipart body apart: a file past the server's limit (refused while it
     * was still coming, before any handler, the CSRF check included, could read a field), or a body cut
     * off or malformed. Either way nothing was read, let alone kept. Any other failure is the server's.
     */
    private void unreadableUpload(ServletException e, Context ctx) {
        if (!String.valueOf(ctx.contentType()).startsWith("multipart/form-data") || !isMultipartFailure(e)) {
            new ErrorPages(web).unexpected(e, ctx);
            return;
        }
        if (ctx.attribute("etalon.visitor") == null) {
            Visitor.set(ctx, new Visitor(null, Gate.language(ctx), null));
        }
        Words words = new Words(Visitor.of(ctx).language());
        UploadResult result = tooLarge(e) ? tooLarge(words, null)
                : new UploadResult(400, words.t("data.refused.broken"), words.t("data.refused.broken.advice"), List.of(),
                List.of(), null, null);
        respond(ctx, result);
    }

    private static boolean isMultipartFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof BadMessageException bad && bad.getCode() == 413 || message.startsWith("max file size exceeded")
                    || message.startsWith("max length exceeded")) {
                return true;
            }
        }
        return false;
    }

    private void show(Context ctx) {
        Visitor.require(ctx, Right.READ);
        web.render(ctx, "data.jte", model(ctx, null));
    }

    private DataModel model(Context ctx, UploadResult result) {
        List<String> standards = web.workspace().standards();
        String chosen = Optional.ofNullable(ctx.queryParam("standard")).filter(standards::contains)
                .or(() -> Optional.ofNullable(result).map(UploadResult::standard))
                .orElse(standards.contains(Workspace.DEFAULT_STANDARD) || standards.isEmpty()
                        ? Workspace.DEFAULT_STANDARD : standards.get(0));
        List<DataSetRow> rows = Visitor.of(ctx).may(Right.READ) ? rows() : List.of();
        return new DataModel(rows, standards, chosen, Messages.LANGUAGES, result);
    }

    private List<DataSetRow> rows() {
        List<DataSetRow> rows = new ArrayList<>();
        for (String name : web.dataSets()) {
            if (name.startsWith(Web.UPLOADS + "/")) {
                String file = name.substring(Web.UPLOADS.length() + 1);
                rows.add(uploads.find(file)
                        .map(up -> new DataSetRow(name, up.standard(), up.cities(), true, up.uploader(),
                                HomePage.WHEN.format(up.at()), up.original()))
                        .orElseGet(() -> new DataSetRow(name, "", List.of(), true, "", "", "")));
            } else {
                String standard = name.endsWith("-cities.csv") ? name.substring(0, name.length() - "-cities.csv".length()) : "";
                rows.add(new DataSetRow(name, standard, bundledCities(standard, name), false, "", "", ""));
            }
        }
        return rows;
    }

    /** The cities of a bundled data set, as the check of its own standard reads them (none if it has none). */
    private List<String> bundledCities(String standard, String name) {
        if (!web.workspace().standards().contains(standard)) {
            return List.of();
        }
        Path file = web.dataFile(name);
        try {
            return web.cached("data.cities", List.of(web.workspace().standardFile(standard), file),
                    () -> web.app().checkUpload(standard, file, name).cities());
        } catch (InputException e) {
            return List.of();
        }
    }

    private void upload(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.UPLOAD);
        Words words = new Words(visitor.language());
        String standard = web.standardId(ctx.formParam("standard"));
        UploadedFile part = ctx.uploadedFile("file");
        UploadResult result;
        if (part == null || part.filename() == null || part.filename().isBlank()) {
            result = refusal(words, standard, 422, "data.refused.none", null);
        } else {
            result = check(words, visitor.account(), standard, part);
        }
        String file = part == null || part.filename() == null ? "" : LogIn.printable(part.filename());
        web.audit(ctx, AuditKind.UPLOAD, standard, result.kept() ? AuditEntry.Outcome.OK
                : result.status() == 403 ? AuditEntry.Outcome.REFUSED : AuditEntry.Outcome.FAILED,
                "file=" + (result.kept() ? result.stored() : file));
        respond(ctx, result);
    }

    /**
     * For an htmx request the outcome alone, shown in place (with the list of data sets again when the
     * file was kept); else the data page with the outcome at the top.
     */
    private void respond(Context ctx, UploadResult result) {
        ctx.status(result.status());
        if (result.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", String.valueOf(result.retryAfterSeconds()));
        }
        if (ctx.header("HX-Request") != null) {
            web.render(ctx, "dataUploaded.jte", model(ctx, result));
        } else {
            web.render(ctx, "data.jte", model(ctx, result));
        }
    }

    private UploadResult check(Words words, Account account, String standard, UploadedFile part) {
        String shown = shownName(part.filename());
        String kind = extension(shown);
        if (!KINDS.contains(kind)) {
            return refusal(words, standard, 422, "data.refused.kind", shown);
        }
        if (part.size() > LIMIT_BYTES) {
            return tooLarge(words, standard);
        }
        Optional<UploadAllowance.Refusal> refused = allowance.refusal(account.name(), part.size())
                .or(() -> allowance.begin(account.name()));
        if (refused.isPresent()) {
            return refusal(words, standard, refused.get());
        }
        try {
            return checkAndKeep(words, account, standard, part, shown, kind);
        } finally {
            allowance.end(account.name());
        }
    }

    private UploadResult checkAndKeep(Words words, Account account, String standard, UploadedFile part, String shown,
                                      String kind) {
        try (InputStream content = part.content(); Uploads.Received received = uploads.receive(content, kind)) {
            Uploading.Checked checked = web.app().checkUpload(standard, received.file(), shown);
            // the cities first: a city's user learns nothing of a file they may not hand in at all
            List<String> notTheirs = checked.cities().stream().filter(city -> !account.mayUploadFor(List.of(city))).toList();
            if (!notTheirs.isEmpty()) {
                return notTheirs(words, account, standard, notTheirs);
            }
            if (checked.exceeded().isPresent()) {
                Uploading.Exceeded limit = checked.exceeded().get();
                return new UploadResult(413, words.t("data.limit"), words.t("data.limit." + limit.key() + ".advice",
                        words.number(limit.most())), checked.problems(), List.of(), null, standard);
            }
            if (!checked.valid()) {
                return new UploadResult(422, words.t("data.invalid"), words.t("data.invalid.advice"), checked.problems(),
                        List.of(), null, standard);
            }
            if (!account.mayUploadFor(checked.cities())) {
                return notTheirs(words, account, standard, List.of());
            }
            web.app().ensureHistory();
            Uploads.Upload kept = uploads.keep(received, standard, account.name(), shown, checked.cities());
            try {
                record(account, kept);
            } catch (RuntimeException e) {
                uploads.drop(kept.name());
                LOG.error("an upload could not be committed and was not kept", e);
                return new UploadResult(503, words.t("data.not_kept"), words.t("data.not_kept.advice"), List.of(),
                        List.of(), null, standard);
            }
            return new UploadResult(200, words.t("data.stored"), words.t("data.stored.advice", kept.name()),
                    checked.problems(), List.of(), kept.name(), standard);
        } catch (Uploads.TooLarge e) {
            return tooLarge(words, standard);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an upload", e);
        }
    }

    /** An upload is a save too: the data set and its note become a commit by the uploader (the cities in its subject only). */
    private void record(Account account, Uploads.Upload kept) {
        Path folder = web.dataFolder().resolve(Web.UPLOADS);
        web.app().commitFiles(kz.etalon.history.Author.named(account.name()),
                "Upload " + kept.name() + " for " + String.join(", ", kept.cities()),
                List.of(folder.resolve(kept.name()), folder.resolve(kept.name() + Uploads.NOTE)));
    }

    private static UploadResult notTheirs(Words words, Account account, String standard, List<String> cities) {
        return new UploadResult(403, words.t("data.not_your_city"), words.t("data.not_your_city.advice",
                account.city().orElse("")), List.of(), cities, null, standard);
    }

    private UploadResult tooLarge(Words words, String standard) {
        return new UploadResult(413, words.t("data.too_large"), words.t("data.too_large.advice", WebServer.UPLOAD_LIMIT_MB),
                List.of(), List.of(), null, standard);
    }

    private static UploadResult refusal(Words words, String standard, UploadAllowance.Refusal refused) {
        Object[] args = java.util.Arrays.stream(refused.args())
                .map(arg -> arg instanceof Number number ? words.number(number.longValue()) : arg).toArray();
        return new UploadResult(refused.status(), words.t(refused.key()), words.t(refused.key() + ".advice", args), List.of(),
                List.of(), null, standard, refused.retryAfterSeconds());
    }

    private static UploadResult refusal(Words words, String standard, int status, String key, String shown) {
        List<Problem> problems = shown == null ? List.of()
                : List.of(Problem.error(Location.of(Path.of(shown)), words.t(key + ".problem")));
        return new UploadResult(status, words.t(key), words.t(key + ".advice"), problems, List.of(), null, standard);
    }

    private void template(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.READ);
        String standard = web.standardId(ctx.queryParam("standard"));
        String language = Optional.ofNullable(ctx.queryParam("lang")).filter(lang -> !lang.isBlank()).orElse(visitor.language());
        if (!Messages.LANGUAGES.contains(language)) {
            throw new NotFound("language " + language);
        }
        String fill = Optional.ofNullable(ctx.queryParam("fill")).filter(name -> !name.isBlank()).orElse(null);
        Path fillFile = fill == null ? null : web.dataFile(fill);
        List<Path> inputs = new ArrayList<>(List.of(web.workspace().standardFile(standard)));
        if (fillFile != null) {
            inputs.add(fillFile);
        } else {
            defaultNames(standard).ifPresent(inputs::add);
        }
        Etalon.Template template = web.cached("template " + standard + " " + language + " " + fill, inputs,
                () -> web.app().template(standard, fillFile, List.of(), language));
        String file = standard + (fill == null ? "-template-" : "-filled-" + fileNamePart(fill) + "-") + language + ".xlsx";
        ctx.contentType(XLSX).header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .result(template.workbook());
    }

    /** A data set's name as part of a download's file name: its file name without extension, in safe letters. */
    static String fileNamePart(String dataSet) {
        String name = Path.of(dataSet).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() ? "data" : safe;
    }

    /** The data whose city names an unfilled template takes, when the standard has any. */
    private Optional<Path> defaultNames(String standard) {
        try {
            return Optional.of(web.dataFile(web.defaultDataSet(standard)));
        } catch (InputException | NotFound e) {
            return Optional.empty();
        }
    }

    /** The name the file had on the visitor's machine, for showing only: no folders, no control characters. */
    static String shownName(String sent) {
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
        if (name.length() > LONGEST_SHOWN_NAME) {
            name = name.substring(name.length() - LONGEST_SHOWN_NAME);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "upload" : name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
