package kz.etalon.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.etalon.account.Right;
import kz.etalon.app.LoadedStandard;
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

    public record EditorModel(String id, String text, String version, boolean draft, List<String> dataSets,
                              String dataSet, Choices choices, String notice) {
    }

    private static final Pattern DRAFT = Pattern.compile("(?m)^status:\\s*[\"']?draft[\"']?\\s*(#.*)?$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Web web;

    EditorPage(Web web) {
        this.web = web;
    }

    void routes(RoutesConfig routes) {
        routes.get("/standards/{id}/edit", this::show);
        routes.post("/standards/{id}/check", this::check);
        routes.post("/standards/{id}/edit", this::edit);
        routes.get("/schema/etalon-v1.json", this::schema);
    }

    private void show(Context ctx) {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        LoadedStandard loaded = web.standard(id);
        String text = read(web.workspace().standardFile(id));
        List<String> dataSets = web.dataSets();
        String dataSet = dataSets.isEmpty() ? "" : dataSets.get(dataSets.size() - 1);
        web.render(ctx, "editor.jte", new EditorModel(id, text, version(text), isDraft(text), dataSets, dataSet,
                choices(loaded.standard()), "saved".equals(ctx.queryParam("notice")) ? "saved" : null));
    }

    /** Every problem of the text as the standard's own file, with line and column, as JSON. */
    private void check(Context ctx) throws IOException {
        Visitor.require(ctx, Right.EDIT_STANDARD);
        String id = web.standardId(ctx.pathParam("id"));
        List<Problem> problems = problemsOf(id, text(ctx));
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

    /**
     * The problems {@code validate} finds in the text, checked as a file of the same name and located at the standard's own file.
     */
    private List<Problem> problemsOf(String id, String text) throws IOException {
        Path stored = web.workspace().standardFile(id);
        Path folder = Files.createTempDirectory("etalon-check-");
        Path trial = folder.resolve(id + ".yaml");
        try {
            Files.writeString(trial, text, StandardCharsets.UTF_8);
            List<Problem> problems = new ArrayList<>();
            for (Problem p : web.app().validate(id, List.of(trial))) {
                problems.add(new Problem(p.where().file() != null && p.where().file().equals(trial)
                        ? new kz.etalon.problem.Location(stored, p.where().line(), p.where().column(), p.where().cell())
                        : p.where(), p.severity(), p.message()));
            }
            return problems;
        } finally {
            Files.deleteIfExists(trial);
            Files.deleteIfExists(folder);
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

    static boolean isDraft(String text) {
        return DRAFT.matcher(text).find();
    }

    static Choices choices(Standard standard) {
        return new Choices(standard.areas().stream().map(Area::id).toList(),
                standard.indicators().map(Indicator::id).toList(),
                standard.scoring().bandsInOrder().stream().map(Band::points).toList(),
                List.copyOf(standard.scoring().factors().keySet()));
    }

    /** The Git blob id of the text's bytes: the version a save names as the one it was made from. */
    static String version(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + bytes.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
