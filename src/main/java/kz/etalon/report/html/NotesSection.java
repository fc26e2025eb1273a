package kz.etalon.report.html;

import static kz.etalon.report.html.Html.plain;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.FitNote;
import kz.etalon.i18n.Messages;
import kz.etalon.report.FitNoteText;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Scoring;

/**
 * How to read the figures: missing values, the score, the band table, the source, and the comparison's notes
 * (template {@code report/notes.jte}).
 */
public record NotesSection(Messages m, List<String> notes) {

    static NotesSection of(ReportContext report) {
        Messages m = report.m;
        Scoring scoring = report.standard.scoring();
        long missing = report.evaluation.cities().stream().flatMap(c -> c.indicators().stream())
                .filter(IndicatorResult::missing).count();
        List<String> notes = new ArrayList<>();
        notes.add(m.get("notes.missing", missing, scoring.missing().key()));
        notes.add(m.get("notes.score", report.maxScore()));
        List<String> bands = scoring.bandsInOrder().stream()
                .map(b -> plain(b.min()) + "–" + plain(b.max()) + " → " + b.points()).toList();
        notes.add(m.get("notes.bands") + " " + String.join(", ", bands));
        notes.add(m.get("notes.source", report.standard.source().in(report.lang)));
        if (report.comparison != null) {
            FitNoteText words = new FitNoteText(m);
            for (FitNote note : report.comparison.comparison().notes()) {
                notes.add(words.describe(note));
            }
        }
        return new NotesSection(m, notes);
    }
}
