package kz.etalon.web;

import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;

/**
 * What the workspace's pages share: the application layer, the templates, the results cache, and the
 * names a visitor may use. A visitor names standards by id and data sets by their name under
 * {@code data/}, only ever from the lists here: never a path of their own.
 */
public final class Web {

    static final String UPLOADS = "uploads";

    private final Etalon app;
    private final Templates templates;
    private final ResultsCache results;
    private final Gate gate;
    private final RecentResults recent;
    private final Audit audit;

    Web(Etalon app, Templates templates, ResultsCache results, Gate gate, RecentResults recent, Audit audit) {
        this.app = app;
        this.templates = templates;
        this.results = results;
        this.gate = gate;
        this.recent = recent;
        this.audit = audit;
    }

    /** The workspace's audit log. */
    Audit audit() {
        return audit;
    }

    /** The visitor as the audit log names them: their name and address. */
    static Audit.Actor actor(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        return new Audit.Actor(visitor.signedIn() ? visitor.account().name() : "", ctx.ip());
    }

    /** Writes what the visitor did to the audit log. */
    void audit(Context ctx, AuditKind kind, String target, AuditEntry.Outcome outcome, String detail) {
        audit.record(actor(ctx), kind, target, outcome, detail);
    }

    /** The results visitors opened last (a results page tells it what it showed). */
    RecentResults recent() {
        return recent;
    }

    public Etalon app() {
        return app;
    }

    public Workspace workspace() {
        return app.workspace();
    }

    ResultsCache results() {
        return results;
    }

    /** The page's frame for a template: words, visitor, address. */
    public Page page(Context ctx) {
        boolean accounts;
        try {
            accounts = gate.accounts();
        } catch (Gate.UsersUnreadable e) {
            accounts = true;
        }
        return new Page(new Words(Visitor.of(ctx).language()), Visitor.of(ctx), ctx.path(), ctx.queryString(), accounts,
                () -> app.waitingForReview().size());
    }

    /** Renders {@code template} (a file under src/main/jte) with {@code model} as the response. */
    public void render(Context ctx, String template, Object model) {
        ctx.html(templates.render(template, page(ctx), model));
    }

    String render(String template, Page page, Object model) {
        return templates.render(template, page, model);
    }

    /** {@code template} with {@code model} as a part of another page, see {@link Templates#part}. */
    gg.jte.Content part(String template, Page page, Object model) {
        return templates.part(template, page, model);
    }

    /** A standard named by a visitor: one of the workspace's ids, or 404. */
    public String standardId(String id) {
        if (id == null || !workspace().standards().contains(id)) {
            throw new NotFound("standard " + id);
        }
        return id;
    }

    /** The data folder of the workspace; uploads are in its {@code uploads/} folder. */
    public Path dataFolder() {
        return workspace().home().resolve("data");
    }

    /** The data sets a visitor may name: the bundled ones, then the uploaded ones, by name under data/. */
    public List<String> dataSets() {
        List<String> names = new ArrayList<>();
        workspace().dataSets().forEach(file -> names.add(file.getFileName().toString()));
        Path uploads = dataFolder().resolve(UPLOADS);
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> files = Files.list(uploads)) {
                files.filter(this::keptWhole)
                        .map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".csv") || name.endsWith(".xlsx"))
                        .sorted()
                        .forEach(name -> names.add(UPLOADS + "/" + name));
            } catch (java.io.IOException e) {
                // an unreadable uploads folder holds nothing a visitor can use
            }
        }
        app.rounds().ids().forEach(id -> names.add(ROUND_DATA + id));
        return names;
    }

    /**
     * Whether an upload is whole: one the server kept (it has its note) counts only once committed, so a data
     * set whose commit failed, or whose server was stopped before it, is never offered. A file put in the
     * folder by hand (no note) is offered as it is.
     */
    private boolean keptWhole(Path file) {
        return !Files.exists(file.resolveSibling(file.getFileName() + Uploads.NOTE)) || app.isCommitted(file);
    }

    /** A round's data set, its approved values, is named {@code round/<id>}. */
    static final String ROUND_DATA = "round/";

    /** A data set named by a visitor (one of {@link #dataSets()}), as a file; or 404. */
    public Path dataFile(String name) {
        if (name == null || !dataSets().contains(name)) {
            throw new NotFound("data " + name);
        }
        if (name.startsWith(ROUND_DATA)) {
            return app.rounds().dataSet(name.substring(ROUND_DATA.length()));
        }
        return dataFolder().resolve(name);
    }

    /** The standard's own bundled data set by name, or an earlier year's (as {@code evaluate} picks it). */
    public String defaultDataSet(String standardId) {
        return workspace().bundledData(standardId).file().getFileName().toString();
    }

    /** The evaluation of a standard on a data set, shared by every visitor while its inputs are unchanged. */
    public Etalon.Evaluated evaluated(String standardId, String dataSet) {
        Path standardFile = workspace().standardFile(standardId(standardId));
        Path data = dataFile(dataSet);
        return results.get("evaluate", List.of(standardFile, data), () -> app.evaluate(standardId, data));
    }

    /** A standard of the workspace loaded and checked, shared while its file and the rules are unchanged. */
    public kz.etalon.app.LoadedStandard standard(String standardId) {
        Path file = workspace().standardFile(standardId(standardId));
        return results.get("standard", List.of(file), () -> app.standard(standardId));
    }

    /** Any other result of the application layer, cached by the content of {@code files} and the question. */
    public <T> T cached(String question, List<Path> files, java.util.function.Supplier<T> compute) {
        return results.get(question, files, compute);
    }
}
