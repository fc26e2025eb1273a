package kz.etalon.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.app.StandardText;
import kz.etalon.app.Version;
import kz.etalon.report.ChangeText;
import kz.etalon.standard.Status;
import kz.etalon.standard.edit.LineDiff;

/**
 * A standard's versions, newest first: who made each, when, at which step of its review, with which
 * comment, its structural changes (worded as the compare page and the reports word them) and its text
 * against the version before; a draft's older versions can be restored.
 */
public final class HistoryPage {

    /** A structural change: its kind as a heading and the sentence that says it. */
    public record ChangeRow(String kind, String text) {
    }

    /** One version as the page shows it. */
    public record VersionRow(String commit, String shortId, String when, String author, String step, String subject, String comment,
                             boolean readable, List<ChangeRow> changes, List<LineDiff.Row> diff, boolean first,
                             boolean restorable) {
    }

    /** Who last took a review step, and when. */
    public record StepBy(String who, String when) {
    }

    public record HistoryModel(String id, StandardText current, List<VersionRow> versions, StepBy submitted,
                               StepBy approved) {
    }

    private final Web web;

    /** The steps Etalon records; a commit without one (the workspace's first, or one made outside Etalon) shows as found. */
    private static final java.util.Set<String> STEPS = java.util.Set.of("created", "saved", "submitted", "sent-back",
            "approved", "published", "restored");

    HistoryPage(Web web) {
        this.web = web;
    }

    void routes(Routes routes) {
        routes.get("/standards/{id}/history", this::show);
    }

    private void show(Context ctx) {
        String id = web.standardId(ctx.pathParam("id"));
        Words words = new Words(Visitor.of(ctx).language());
        ChangeText changeText = new ChangeText(words.messages());
        StandardText current = web.app().standardText(id);
        List<Version> versions = web.app().history(id);
        boolean draft = current.status() == Status.DRAFT;
        List<VersionRow> rows = new ArrayList<>();
        StepBy submitted = null;
        StepBy approved = null;
        for (int i = 0; i < versions.size(); i++) {
            Version version = versions.get(i);
            boolean first = i == versions.size() - 1;
            String before = first ? "" : versions.get(i + 1).text();
            List<ChangeRow> changes = version.changes().stream()
                    .map(change -> new ChangeRow(changeText.kind(change), changeText.describe(change))).toList();
            String when = WhenText.of(version.commit().when(), words.language());
            rows.add(new VersionRow(version.commit().id(), version.commit().shortId(), when, version.commit().author(),
                    words.t("step." + (STEPS.contains(version.step()) ? version.step() : "other")), version.workspaceAsFound() ? words.t("history.as_found") : version.commit().subject(), version.comment(),
                    version.readable(), changes,
                    LineDiff.of(before, version.text()), first, draft && i > 0));
            if (submitted == null && version.step().equals("submitted")) {
                submitted = new StepBy(version.commit().author(), when);
            }
            if (approved == null && version.step().equals("approved")) {
                approved = new StepBy(version.commit().author(), when);
            }
        }
        web.render(ctx, "history.jte", new HistoryModel(id, current, rows, submitted, approved));
    }
}
