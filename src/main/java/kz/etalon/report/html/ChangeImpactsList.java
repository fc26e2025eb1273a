package kz.etalon.report.html;

import static kz.etalon.report.html.Html.plain;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
import kz.etalon.report.ChangeText;

/**
 * The changes of the standard that moved cities, each with who moved and how; the quiet ones only counted
 * (template {@code report/impacts.jte}).
 */
public record ChangeImpactsList(Messages m, String intro, List<Change> changes, String quiet) {

    /** A change: its kind, what it is, its lines before and after, and one line per city it moved. */
    public record Change(String kind, String text, String lines, List<String> moves) {
    }

    static ChangeImpactsList of(ReportContext report, String before, Comparison c) {
        Messages m = report.m;
        ChangeText words = new ChangeText(m);
        int quiet = 0;
        List<Change> changes = new ArrayList<>();
        for (Impact impact : report.comparison.impacts()) {
            if (!impact.applicable() || impact.moves().isEmpty()) {
                quiet++;
                continue;
            }
            changes.add(new Change(words.kind(impact.change()), words.describe(impact.change()),
                    line(impact.change().before()) + " → " + line(impact.change().after()), moves(report, impact)));
        }
        return new ChangeImpactsList(m, m.get("impacts.intro", before, c.before().citiesFile()), changes,
                m.get("impacts.quiet", quiet, before, c.after().standard().id()));
    }

    private static List<String> moves(ReportContext report, Impact impact) {
        Messages m = report.m;
        List<String> lines = new ArrayList<>();
        for (Impact.CityMove move : impact.moves()) {
            List<String> parts = new ArrayList<>();
            move.groups().forEach(g -> parts.add(m.get("impacts.group", report.groupName(g.group()), g.pointsBefore(),
                    g.pointsAfter())));
            if (move.pointsBefore().compareTo(move.pointsAfter()) != 0) {
                parts.add(m.get("impacts.total", plain(move.pointsBefore()), plain(move.pointsAfter())));
            }
            if (move.rankBefore() != move.rankAfter()) {
                parts.add(m.get("impacts.rank", move.rankBefore(), move.rankAfter()));
            }
            lines.add(move.city() + ": " + String.join(", ", parts));
        }
        return lines;
    }

    private static String line(Location at) {
        return at.line() > 0 ? at.file().getFileName() + ":" + at.line() : "–";
    }
}
