package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Scoring;

/** How to read the figures: missing values, the score, the band table, the source, and the comparison's notes. */
final class NotesSection {

    private final ReportContext report;
    private final Messages m;

    NotesSection(ReportContext report) {
        this.report = report;
        this.m = report.m;
    }

    void write(PageWriter page) {
        Scoring scoring = report.standard.scoring();
        page.section("notes", m.get("notes.title"));
        page.append("<ul>\n");
        long missing = report.evaluation.cities().stream().flatMap(c -> c.indicators().stream())
                .filter(IndicatorResult::missing).count();
        page.append("<li>").append(esc(m.get("notes.missing", missing, scoring.missing().key()))).append("</li>\n");
        page.append("<li>").append(esc(m.get("notes.score", report.maxScore()))).append("</li>\n");
        page.append("<li>").append(esc(m.get("notes.bands"))).append(' ');
        List<String> bands = scoring.bandsInOrder().stream()
                .map(b -> plain(b.min()) + "–" + plain(b.max()) + " → " + b.points()).toList();
        page.append(esc(String.join(", ", bands))).append("</li>\n");
        page.append("<li>").append(esc(m.get("notes.source", report.standard.source().in(report.lang)))).append("</li>\n");
        if (report.comparison != null) {
            kz.etalon.report.FitNoteText words = new kz.etalon.report.FitNoteText(m);
            for (kz.etalon.analysis.FitNote note : report.comparison.comparison().notes()) {
                page.append("<li>").append(esc(words.describe(note))).append("</li>\n");
            }
        }
        page.append("</ul>\n</section>\n");
    }
}
