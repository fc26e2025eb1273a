package kz.etalon.report.html;

/**
 * A chart as the template {@code report/figure.jte} writes it: {@code data-chart} names it, {@code data-items}
 * is the number of items (one {@code g.item} each in the SVG) a reader or the browser check should find.
 *
 * @param caption what the caption says: shown under the chart, or, when {@code captionShown} is false, only the
 *                chart's name for a screen reader (the {@code <svg>} is labelled by the caption's {@code captionId})
 * @param area the area of a chart of one area, null for another chart
 */
public record Figure(String chart, int items, ChartMarkup svg, String caption, boolean captionShown, String captionId,
                     String area) {
}
