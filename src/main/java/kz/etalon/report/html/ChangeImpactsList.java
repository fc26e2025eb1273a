package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.plain;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
import kz.etalon.report.ChangeText;

/** The changes of the standard that moved cities, each with who moved and how; the quiet ones only counted. */
final class ChangeImpactsList {

    private final ReportContext report;
    private final List<Impact> impacts;
    private final Messages m;

    ChangeImpactsList(ReportContext report) {
        this.report = report;
        this.impacts = report.comparison.impacts();
        this.m = report.m;
    }

    void write(PageWriter page, String before, Comparison c) {
        page.append("<h3>").append(esc(m.get("impacts.title"))).append("</h3>\n<p>")
                .append(esc(m.get("impacts.intro", before, c.before().citiesFile()))).append("</p>\n");
        int quiet = 0;
        int moving = 0;
        for (Impact impact : impacts) {
            if (!impact.applicable() || impact.moves().isEmpty()) {
                quiet++;
                continue;
            }
            moving++;
            change(page, impact);
        }
        if (moving == 0) {
            page.append("<p>").append(esc(m.get("impacts.none"))).append("</p>\n");
        }
        page.append("<p class=\"note\">").append(esc(m.get("impacts.quiet", quiet, before, c.after().standard().id())))
                .append("</p>\n");
    }

    private void change(PageWriter page, Impact impact) {
        ChangeText words = new ChangeText(m);
        page.append("<div class=\"impact\"><p><b>").append(esc(words.kind(impact.change())))
                .append(":</b> ").append(esc(words.describe(impact.change()))).append(" <span class=\"dim\">")
                .append(esc(line(impact.change().before()) + " → " + line(impact.change().after()))).append("</span></p><ul>");
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
            page.append("<li>").append(esc(move.city())).append(": ").append(esc(String.join(", ", parts))).append("</li>");
        }
        page.append("</ul></div>\n");
    }

    private static String line(Location at) {
        return at.line() > 0 ? at.file().getFileName() + ":" + at.line() : "–";
    }
}
