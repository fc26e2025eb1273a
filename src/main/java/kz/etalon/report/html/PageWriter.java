package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;

/**
 * The body of the page as it is written, section by section. Figures go through here so that the inline
 * styles of every chart become classes of one style sheet, numbered in the order the charts are written.
 */
final class PageWriter {

    private final StringBuilder body = new StringBuilder();
    private final SvgStyles svgStyles;

    PageWriter() {
        this(new SvgStyles());
    }

    /** A writer whose charts share the classes of {@code svgStyles} with other writers' (parts of one page). */
    PageWriter(SvgStyles svgStyles) {
        this.svgStyles = svgStyles;
    }

    PageWriter append(Object text) {
        body.append(text);
        return this;
    }

    void section(String id, String title) {
        body.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    /**
     * A chart with the number of items a reader (or the browser check) should find in it: {@code data-items}
     * on the figure, one {@code g.item} per item in the SVG.
     */
    void figure(String chart, int items, String svg, String caption, String... attributes) {
        body.append("<figure data-chart=\"").append(chart).append("\" data-items=\"").append(items).append('"');
        for (String attribute : attributes) {
            body.append(' ').append(attribute);
        }
        body.append(">\n").append(svgStyles.compact(svg)).append('\n');
        if (caption != null) {
            body.append("<figcaption>").append(esc(caption)).append("</figcaption>\n");
        }
        body.append("</figure>\n");
    }

    String body() {
        return body.toString();
    }

    /** The classes of the charts' styles; complete only once every figure is written. */
    String svgCss() {
        return svgStyles.css();
    }
}
