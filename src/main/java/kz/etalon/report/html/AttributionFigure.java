package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;

import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Attribution;
import kz.etalon.i18n.Messages;
import org.jfree.data.category.DefaultCategoryDataset;

/** With two data years and two standards: each city's change in points and places split into data, standard and both. */
final class AttributionFigure {

    private final ReportContext report;
    private final List<Attribution> attribution;
    private final Messages m;

    AttributionFigure(ReportContext report) {
        this.report = report;
        this.attribution = report.comparison.attribution();
        this.m = report.m;
    }

    void write(PageWriter page, String before, String after) {
        page.append("<h3>").append(esc(m.get("attribution.title"))).append("</h3>\n<p>")
                .append(esc(m.get("attribution.intro", before, after))).append("</p>\n");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String dataEffect = m.get("attribution.data");
        String standardEffect = m.get("attribution.standard");
        String interaction = m.get("attribution.interaction");
        for (Attribution a : attribution) {
            Attribution.Split p = a.points();
            data.addValue(p.data(), dataEffect, a.city());
            data.addValue(p.standard(), standardEffect, a.city());
            data.addValue(p.interaction(), interaction, a.city());
        }
        page.figure("attribution", attribution.size(), Charts.svg(Charts.stacked(data, m.get("attribution.axis"),
                Charts.format("0", report.lang), List.of(Charts.BLUE, Charts.ORANGE, Charts.GREY)), "chart-attribution",
                HtmlReport.WIDTH, 90 + attribution.size() * 24), m.get("attribution.caption"));
        page.append("<table class=\"numbers\">\n<thead><tr><th rowspan=\"2\">").append(esc(m.get("col.city")))
                .append("</th><th colspan=\"4\">").append(esc(m.get("col.points"))).append("</th><th colspan=\"4\">")
                .append(esc(m.get("attribution.places"))).append("</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            page.append("<th>").append(esc(m.get("attribution.total"))).append("</th><th>").append(esc(dataEffect))
                    .append("</th><th>").append(esc(standardEffect)).append("</th><th>").append(esc(interaction)).append("</th>");
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (Attribution a : attribution) {
            page.append("<tr><td class=\"name\">").append(esc(a.city())).append("</td>");
            for (Attribution.Split split : List.of(a.points(), a.places())) {
                for (BigDecimal value : List.of(split.total(), split.data(), split.standard(), split.interaction())) {
                    page.append("<td class=\"").append(value.signum() > 0 ? "up" : value.signum() < 0 ? "down" : "same")
                            .append("\">").append(Messages.signed(value)).append("</td>");
                }
            }
            page.append("</tr>\n");
        }
        page.append("</tbody></table>\n");
    }
}
