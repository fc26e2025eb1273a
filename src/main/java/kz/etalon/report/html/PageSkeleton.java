package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.esc;

import kz.etalon.analysis.Comparison;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;

/** What frames the sections: the document with its head and style sheet, the header, the contents, the footer. */
final class PageSkeleton {

    private final ReportContext report;
    private final Messages m;

    PageSkeleton(ReportContext report) {
        this.report = report;
        this.m = report.m;
    }

    /** The whole file around a body whose figures are all written (their styles go into the head). */
    String document(PageWriter page) {
        String body = page.body();
        return "<!DOCTYPE html>\n<html lang=\"" + report.lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Etalon\">\n"
                + "<title>" + esc(m.get("report.title")) + " — " + esc(report.standard.id())
                + "</title>\n<style>\n" + Style.CSS + page.svgCss() + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    void header(PageWriter page) {
        page.append("<header>\n<p class=\"kicker\">").append(esc(m.get("report.title"))).append("</p>\n<h1>")
                .append(esc(report.standard.title().in(report.lang))).append("</h1>\n<p class=\"meta\">")
                .append(esc(m.get("report.subtitle", report.standard.id(), report.evaluation.citiesFile(), report.cityCount())))
                .append("</p>\n");
        if (report.comparison != null) {
            Comparison c = report.comparison.comparison();
            page.append("<p class=\"meta\">").append(esc(m.get("report.comparing", c.before().standard().id(),
                    c.before().citiesFile(), c.after().standard().id(), c.after().citiesFile()))).append("</p>\n");
        }
        page.append("<p class=\"howto\">").append(esc(m.get("report.howto", report.maxScore()))).append("</p>\n</header>\n");
    }

    void contents(PageWriter page) {
        page.append("<nav><h2>").append(esc(m.get("report.contents"))).append("</h2><ol>");
        link(page, "ranking", m.get("ranking.title"));
        if (report.sensitivity != null) {
            link(page, "sensitivity", m.get("sensitivity.title"));
        }
        link(page, "areas", m.get("areas.title"));
        link(page, "per-area", m.get("perArea.title"));
        link(page, "heatmap", m.get("heatmap.title"));
        if (report.comparison != null) {
            link(page, "comparison", m.get("comparison.title"));
        }
        page.append("<li><a href=\"#cities\">").append(esc(m.get("cards.title"))).append("</a><ul class=\"cities\">");
        for (CityResult city : report.evaluation.cities()) {
            page.append("<li><a href=\"#").append(anchor(city.city())).append("\">").append(esc(city.city())).append("</a></li>");
        }
        page.append("</ul></li>");
        link(page, "notes", m.get("notes.title"));
        page.append("</ol></nav>\n");
    }

    void footer(PageWriter page) {
        page.append("<footer>").append(esc(m.get("report.footer", report.standard.file(), report.evaluation.citiesFile())))
                .append("</footer>\n");
    }

    private static void link(PageWriter page, String id, String title) {
        page.append("<li><a href=\"#").append(id).append("\">").append(esc(title)).append("</a></li>");
    }
}
