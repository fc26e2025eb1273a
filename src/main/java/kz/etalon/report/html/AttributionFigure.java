package kz.etalon.report.html;

import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Attribution;
import kz.etalon.i18n.Messages;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * With two data years and two standards: each city's change in points and places split into data, standard
 * and both (template {@code report/attribution.jte}).
 */
public record AttributionFigure(Messages m, String intro, Figure chart, List<Row> rows) {

    /** A city's eight numbers: total, data, standard and both, for points then places. */
    public record Row(String city, List<Change> changes) {
    }

    /** A signed change and its class: up, down or same. */
    public record Change(String text, String direction) {
    }

    static AttributionFigure of(ReportContext report, String before, String after) {
        Messages m = report.m;
        List<Attribution> attribution = report.comparison.attribution();
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
        Figure chart = report.figure("attribution", attribution.size(), Charts.svg(Charts.stacked(data,
                m.get("attribution.axis"), Charts.format("0", report.lang), List.of(Charts.BLUE, Charts.ORANGE, Charts.GREY)),
                "chart-attribution", HtmlReport.WIDTH, 90 + attribution.size() * 24), m.get("attribution.caption"), null);
        List<Row> rows = attribution.stream().map(a -> new Row(a.city(), List.of(a.points(), a.places()).stream()
                .flatMap(split -> List.of(split.total(), split.data(), split.standard(), split.interaction()).stream())
                .map(AttributionFigure::change).toList())).toList();
        return new AttributionFigure(m, m.get("attribution.intro", before, after), chart, rows);
    }

    private static Change change(BigDecimal value) {
        return new Change(Messages.signed(value), value.signum() > 0 ? "up" : value.signum() < 0 ? "down" : "same");
    }
}
