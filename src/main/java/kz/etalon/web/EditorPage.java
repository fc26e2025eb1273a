package kz.etalon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.app.Comparing;
import kz.etalon.app.Preview;
import kz.etalon.app.SaveResult;
import kz.etalon.app.StandardText;
import kz.etalon.report.ChangeText;
import kz.etalon.report.html.ComparisonFragments;
import kz.etalon.report.html.HtmlReport;
import kz.etalon.standard.Status;
import kz.etalon.standard.edit.LineDiff;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;
import kz.etalon.standard.edit.YamlEdits;

/**
 * A standard's YAML in the browser: the text with its live check, the forms for frequent edits (each an
 * in-place text edit that keeps comments) and the JSON Schema the editor completes from. A published
 * standard is shown read-only with a form to make a new draft of it.
 */
public final class EditorPage {

    /** What the forms panel offers to choose from, read from the standard as stored. */
    public record Choices(List<String> areas, List<String> indicators, List<Integer> bands, List<String> factors) {
    }

    /**
     * The page: the text in the editor (the stored one, or the visitor's refused one with its problems and
     * {@code unsaved} set, so leaving warns), the version it was made from, and the standard as stored.
     */
    public record EditorModel(String id, String text, String version, boolean draft, List<String> dataSets,
                              String dataSet, Choices choices, String notice, StandardText standard,
                              List<Problem> problems, boolean unsaved, int year, String phrases) {

        /** The start of the version the text is based on, as the page shows it (a save may have named none). */
        public String shortVersion() {
            return version.length() > 10 ? version.substring(0, 10) : version;
        }
    }

    /** The impact of the text being edited: what changed and, on the data chosen, who moves and why. */
    public record PreviewModel(String basedOn, String data, List<HistoryPage.ChangeRow> changes,
                               ComparisonFragments.Fragments fragments, List<Problem> problems) {
    }

    /** A save refused because someone saved first: their version and the visitor's, side by side. */
    public record ConflictModel(String id, StandardText theirs, String yours, String theirAuthor, String theirWhen,
                                List<LineDiff.Row> rows, String message) {
    }
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The words CodeMirror itself shows (its search panel, folding, completion), which the page translates. */
    static final List<String> CODE_EDITOR_PHRASES = List.of(
            "Find",
            "Replace",
            "next",
            "previous",
            "all",
            "match case",
            "regexp",
            "by word",
            "replace",
            "replace all",
            "close",
            "current match",
            "on line",
            "replaced match on line $",
            "replaced $ matches",
            "Go to line",
            "go",
            "Completions",
            "Diagnostics",
            "No diagnostics",
            "Control character",
            "Selection deleted",
            "Folded lines",
            "Unfolded lines",
            "Fold line",
            "Unfold line",
            "folded code",
            "unfold",
            "to");

    private final Web web;

    EditorPage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get("/standards/{id}/edit", this::show);
        routes.post("/standards/{id}/check", this::check);
        routes.post("/standards/{id}/edit", this::edit);
        routes.post("/standards/{id}/preview", this::preview);
        routes.post("/standards/{id}/save", this::save);
        routes.get("/schema/etalon-v1.json", this::schema);
    }

    private void show(Context ctx) {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        StandardText stored = web.app().standardText(id);
        show(ctx, stored, stored.text(), stored.version(), List.of(), false,
                "saved".equals(ctx.queryParam("notice")) ? "saved" : null);
    }

    private void show(Context ctx, StandardText stored, String text, String version, List<Problem> problems,
                      boolean unsaved, String notice) {
        List<String> dataSets = web.dataSets();
        // the standard's own data unless the visitor chose a data set: the newest file may be another framework's
        String dataSet = dataSets.contains(ctx.queryParam("data")) ? ctx.queryParam("data") : "";
        Optional<Standard> loaded = loaded(stored.id());
        Choices choices = loaded.map(EditorPage::choices).orElse(new Choices(List.of(), List.of(), List.of(), List.of()));
        web.render(ctx, "editor.jte", new EditorModel(stored.id(), text, version, stored.status() == Status.DRAFT,
                dataSets, dataSet, choices, notice, stored, problems, unsaved, loaded.map(Standard::year).orElse(0),
                phrases(new Words(Visitor.of(ctx).language()))));
    }

    /** The stored standard, for the forms' choices; none when it does not load (the editor is how it gets fixed). */
    private Optional<Standard> loaded(String id) {
        try {
            return Optional.of(web.standard(id).standard());
        } catch (InputException e) {
            return Optional.empty();
        }
    }

    /** The draft's text against the standard it is based on, on the data set chosen (default: the bundled data). */
    private void preview(Context ctx) {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        String text = text(ctx);
        String dataSet = ctx.formParam("data");
        Path data = dataSet == null || dataSet.isBlank() ? null : web.dataFile(dataSet);
        Words words = new Words(Visitor.of(ctx).language());
        PreviewModel model;
        try {
            Preview preview = web.app().preview(id, text, data);
            ChangeText changeText = new ChangeText(words.messages());
            Comparing.Compared compared = preview.compared();
            model = new PreviewModel(compared.before().id(), dataSet,
                    preview.changes().stream().map(change -> new HistoryPage.ChangeRow(changeText.kind(change),
                            changeText.describe(change))).toList(),
                    ComparisonFragments.of(new HtmlReport.ComparisonPart(compared.comparison(), compared.impacts(),
                            compared.attribution()), words.language()), List.of());
        } catch (InputException e) {
            model = new PreviewModel(null, dataSet, List.of(), null, e.problems());
        }
        ctx.html(web.render("editorPreview.jte", web.page(ctx), model));
    }

    /**
     * Stores the text as a new version: 303 back to the editor; 409 with both versions when someone saved
     * since the visitor's version; 422 with the problems, the visitor's text kept in the editor.
     */
    private void save(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        String text = text(ctx);
        String base = ctx.formParam("base") == null ? "" : ctx.formParam("base");
        String message = ctx.formParam("message") == null ? "" : ctx.formParam("message").strip();
        SaveResult result;
        try {
            result = web.app().save(id, text, base, DraftPages.author(visitor), message);
        } catch (InputException e) {
            web.audit(ctx, AuditKind.DRAFT_SAVED, id, AuditEntry.Outcome.REFUSED, "");
            ctx.status(422);
            show(ctx, web.app().standardText(id), text, base, e.problems(), true, null);
            return;
        }
        boolean conflicted = result instanceof SaveResult.Conflict;
        web.audit(ctx, AuditKind.DRAFT_SAVED, id, conflicted ? AuditEntry.Outcome.FAILED : AuditEntry.Outcome.OK,
                conflicted ? "conflict" : "");
        if (result instanceof SaveResult.Conflict conflict) {
            Words words = new Words(visitor.language());
            ctx.status(409);
            web.render(ctx, "conflict.jte", new ConflictModel(id, conflict.theirs(), conflict.yours(),
                    conflict.theirCommit() == null ? "" : conflict.theirCommit().author(),
                    conflict.theirCommit() == null ? "" : WhenText.of(conflict.theirCommit().when(), words.language()),
                    LineDiff.of(conflict.theirs().text(), conflict.yours()), message));
            return;
        }
        ctx.redirect("/standards/" + id + "/edit?notice=saved", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Every problem of the text as the standard's own file, with line and column, as JSON. */
    private void check(Context ctx) throws IOException {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        List<Problem> problems = web.app().check(id, text(ctx));
        ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(Map.of("problems",
                problems.stream().map(EditorPage::json).toList())));
    }

    /** One form of the panel applied to the text in place: the new text, or 422 with what is wrong. */
    private void edit(Context ctx) throws IOException {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        web.standardId(ctx.pathParam("id"));
        String text = text(ctx);
        try {
            String edited = FormEdit.apply(text, ctx.formParamMap());
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(Map.of("text", edited)));
        } catch (InputException e) {
            ctx.status(422).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(
                    Map.of("problems", e.problems().stream().map(EditorPage::json).toList())));
        }
    }

    private void schema(Context ctx) {
        Visitor.require(ctx, Right.READ);
        Path file = web.workspace().home().resolve("standards/schema/etalon-v1.schema.json");
        if (!Files.isRegularFile(file)) {
            throw new NotFound("standards/schema/etalon-v1.schema.json");
        }
        ctx.contentType("application/schema+json; charset=utf-8").result(read(file));
    }

    /** CodeMirror's own words in the reader's language, as the JSON its {@code phrases} facet takes; none in English. */
    static String phrases(Words words) {
        if (words.language().equals("en")) {
            return null;
        }
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String phrase : CODE_EDITOR_PHRASES) {
            phrases.put(phrase, words.t("editor.cm." + phrase.toLowerCase(java.util.Locale.ROOT).replace("$", "n")
                    .replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "")));
        }
        try {
            return JSON.writeValueAsString(phrases);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> json(Problem problem) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", Math.max(problem.where().line(), 0));
        row.put("column", Math.max(problem.where().column(), 0));
        row.put("severity", problem.isError() ? "error" : "warning");
        row.put("message", problem.message());
        return row;
    }

    private static String text(Context ctx) {
        String text = ctx.formParam("text");
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    static Choices choices(Standard standard) {
        return new Choices(standard.areas().stream().map(Area::id).toList(),
                standard.indicators().map(Indicator::id).toList(),
                standard.scoring().bandsInOrder().stream().map(Band::points).toList(),
                List.copyOf(standard.scoring().factors().keySet()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
