package kz.etalon.report.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JFreeSVG writes every element's style inline; a report with thirty charts repeats the same few styles
 * thousands of times. This turns each distinct style into a class, numbered in order of first use (so the
 * output stays deterministic), and writes the classes once in the page's style sheet.
 */
final class SvgStyles {

    private static final Pattern STYLE = Pattern.compile("style='([^']*)'");

    private final Map<String, String> classes = new LinkedHashMap<>();

    ChartMarkup compact(String svg) {
        return new ChartMarkup(STYLE.matcher(svg).replaceAll(match -> "class='"
                + classes.computeIfAbsent(match.group(1), style -> "s" + classes.size()) + "'"));
    }

    /** A {@code <style>} element of the classes of the charts' styles; complete only once every chart of the page is made. */
    ChartMarkup css() {
        return styleElement("");
    }

    /** As {@link #css()}, after the fixed rules {@code before} (a constant of this package, such as {@link Style#CSS}). */
    ChartMarkup styleElement(String before) {
        StringBuilder css = new StringBuilder("<style>").append(before);
        classes.forEach((style, name) -> css.append("svg .").append(name).append(" { ").append(style.strip()).append(" }\n"));
        return new ChartMarkup(css.append("</style>").toString());
    }
}
