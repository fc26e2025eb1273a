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

    String compact(String svg) {
        return STYLE.matcher(svg).replaceAll(match -> "class='"
                + classes.computeIfAbsent(match.group(1), style -> "s" + classes.size()) + "'");
    }

    String css() {
        StringBuilder css = new StringBuilder();
        classes.forEach((style, name) -> css.append("svg .").append(name).append(" { ").append(style.strip()).append(" }\n"));
        return css.toString();
    }
}
