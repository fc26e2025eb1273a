package kz.etalon.report.html;

/**
 * A chart as the template {@code report/figure.jte} writes it: {@code data-chart} names it, {@code data-items}
 * is the number of items (one {@code g.item} each in the SVG) a reader or the browser check should find.
 *
 * @param caption null for none
 * @param area the area of a chart of one area, null for another chart
 */
public record Figure(String chart, int items, ChartMarkup svg, String caption, String area) {
}
