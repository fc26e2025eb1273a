package kz.etalon.report.html;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.KeyedValues2DItemKey;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Charts of the report, drawn by JFreeChart into inline SVG with JFreeSVG: no script, no network, prints
 * sharp. Output is deterministic: fixed sizes, ids from the chart's name, coordinates to two decimals.
 * Every data item (a bar, a radar series) becomes an SVG group with {@code data-series} and {@code data-key}
 * attributes, so that a browser (or a test) can find one bar per city.
 */
final class Charts {

    static final Color BLUE = new Color(0x2b6cb0);
    static final Color TEAL = new Color(0x38a3a5);
    static final Color ORANGE = new Color(0xdd6b20);
    static final Color GREY = new Color(0xa0aec0);
    static final Color RED = new Color(0xc53030);
    static final Color GREEN = new Color(0x2f855a);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Pattern ITEM = Pattern.compile(
            "jfreesvg:ref='\\{&quot;rowKey&quot;: &quot;(.*?)&quot;, &quot;columnKey&quot;: &quot;(.*?)&quot;\\}'");
    private static final Pattern SERIES = Pattern.compile(
            "jfreesvg:ref='\\{&quot;seriesKey&quot;: &quot;(.*?)&quot;(, &quot;itemIndex&quot;: (\\d+))?\\}'");

    static {
        System.setProperty("java.awt.headless", "true");
        SVGHints.addBeginGroupKey(ChartHints.KEY_BEGIN_ELEMENT);
        SVGHints.addEndGroupKey(ChartHints.KEY_END_ELEMENT);
    }

    private Charts() {
    }

    /** One series, a value per category, as bars; {@code horizontal} bars suit long names. */
    static JFreeChart bars(DefaultCategoryDataset data, boolean horizontal, String valueAxis, double max,
                           NumberFormat labels, boolean legend, List<Color> colours) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(horizontal ? LABEL : TICK);
        categories.setCategoryMargin(0.15);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.45f : 1f);
        if (!horizontal) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = valueAxis(valueAxis, max);
        BarRenderer renderer = new BarRenderer();
        styleBars(renderer, colours);
        renderer.setItemMargin(0.02);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        return chart(plot, legend);
    }

    /** Bars that add up (data, standard, interaction), positive to the right and negative to the left. */
    static JFreeChart stacked(DefaultCategoryDataset data, String valueAxis, NumberFormat labels, List<Color> colours) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        NumberAxis values = valueAxis(valueAxis, Double.NaN);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedBarRenderer renderer = new HintedStackedBarRenderer();
        styleBars(renderer, colours);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(Color.DARK_GRAY);
        return chart(plot, true);
    }

    /**
     * Each city's ranks over the runs of a sensitivity analysis, rank 1 at the left: a bar over the ranks
     * of its interval and a mark at its median. A rank is the cell from r - 0.5 to r + 0.5, so that an
     * interval of one rank still shows as a bar.
     */
    static JFreeChart rankIntervals(IntervalCategoryDataset intervals, DefaultCategoryDataset medians, String rankAxis,
                                    int ranks, NumberFormat labels, List<Color> colours) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(LABEL);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.01);
        categories.setUpperMargin(0.01);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(rankAxis);
        values.setLabelFont(TICK);
        values.setTickLabelFont(TICK);
        values.setRange(0.5, ranks + 0.5);
        values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(ranks <= 25 ? 1 : 5, labels));
        IntervalBarRenderer bars = new IntervalBarRenderer();
        styleBars(bars, colours.subList(0, 1));
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, colours.get(1));
        marks.setSeriesShape(0, new Rectangle2D.Double(-1.5, -8, 3, 16));
        CategoryPlot plot = new CategoryPlot(intervals, categories, values, bars);
        plot.setDataset(1, medians);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        return chart(plot, true);
    }

    /** A city's area averages round a circle, 0 at the centre and the scale at the rim. */
    static JFreeChart radar(DefaultCategoryDataset data, double max, List<Color> colours) {
        SpiderWebPlot plot = new SpiderWebPlot(data);
        plot.setMaxValue(max);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setLabelFont(TICK);
        plot.setLabelPaint(Color.DARK_GRAY);
        plot.setInteriorGap(0.33);
        plot.setWebFilled(true);
        plot.setAxisLinePaint(new Color(0xcbd5e0));
        for (int i = 0; i < colours.size(); i++) {
            plot.setSeriesPaint(i, colours.get(i));
            plot.setSeriesOutlinePaint(i, colours.get(i));
            plot.setSeriesOutlineStroke(i, new BasicStroke(2f));
        }
        return chart(plot, data.getRowCount() > 1);
    }

    /** The chart as an {@code <svg>} element {@code width x height} that scales to its container. */
    static String svg(JFreeChart chart, String id, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        DecimalFormat twoDecimals = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        g2.setGeomDoubleConverter(twoDecimals::format);
        g2.setTransformDoubleConverter(twoDecimals::format);
        chart.setElementHinting(true);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String svg = g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
        svg = ITEM.matcher(svg).replaceAll(m -> "class='item' data-series='" + Matcher.quoteReplacement(m.group(1))
                + "' data-key='" + Matcher.quoteReplacement(m.group(2)) + "'");
        svg = SERIES.matcher(svg).replaceAll(m -> "class='item' data-series='" + Matcher.quoteReplacement(m.group(1)) + "'");
        String wholeChart = "<clipPath id='" + id + "-clip-0'><path d='M0,0L" + width + ",0L" + width + "," + height + "L0,"
                + height + "L0,0Z'/></clipPath>";
        if (svg.contains(wholeChart)) {  // a clip to the whole chart clips nothing
            svg = svg.replace(wholeChart, "").replace(" clip-path='url(#" + id + "-clip-0)'", "");
        }
        return svg.replace(" jfreesvg:ref='JFREECHART_TOP_LEVEL'", "")
                .replace(" xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'", "")
                .replace(" xmlns:xlink='http://www.w3.org/1999/xlink'", "")
                .replaceFirst("<svg ", "<svg role='img' ");
    }

    /** Whole numbers or one decimal, with the language's decimal mark. */
    static NumberFormat format(String pattern, String language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        if (!language.equals("en")) {
            symbols.setDecimalSeparator(',');
        }
        symbols.setMinusSign('−');
        return new DecimalFormat(pattern, symbols);
    }

    private static NumberAxis valueAxis(String label, double max) {
        NumberAxis values = new NumberAxis(label);
        values.setLabelFont(TICK);
        values.setTickLabelFont(TICK);
        if (!Double.isNaN(max)) {
            values.setRange(0, max * 1.09);  // room for the value label of a full bar
            values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(max / 10));
        }
        return values;
    }

    /** JFreeChart marks the items of a plain bar chart for SVG, not those of a stacked one: this does. */
    private static final class HintedStackedBarRenderer extends StackedBarRenderer {

        private static final long serialVersionUID = 1L;

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                             int pass) {
            boolean hint = state.getElementHinting() && pass == 1;  // passes: 0 shadows, 1 bars, 2 labels
            if (hint) {
                beginElementGroup(g2, new KeyedValues2DItemKey<>(dataset.getRowKey(row), dataset.getColumnKey(column)));
            }
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (hint) {
                endElementGroup(g2);
            }
        }
    }

    private static void styleBars(BarRenderer renderer, List<Color> colours) {
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, LABEL, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(new Color(0xcbd5e0));
            category.setRangeGridlineStroke(new BasicStroke(0.5f));
            category.setDomainGridlinesVisible(false);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setPosition(RectangleEdge.TOP);
            legendTitle.setItemFont(LABEL);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 12));
        return chart;
    }
}
