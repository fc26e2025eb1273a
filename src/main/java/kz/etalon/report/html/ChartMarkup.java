package kz.etalon.report.html;

/**
 * Markup a chart of the report drew: an {@code <svg>} element (JFreeSVG escapes every text and attribute it
 * writes), or a {@code <style>} element of the style rules of the charts' classes. The one kind of HTML the templates write unescaped,
 * through one template ({@code src/main/jte/report/markup.jte}); only this package makes it, from
 * {@link Charts#svg} and {@link SvgStyles}, never from text of the data or the standard.
 */
public final class ChartMarkup {

    private final String text;

    ChartMarkup(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
