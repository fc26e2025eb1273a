package kz.etalon.report.html;

import java.util.regex.Matcher;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;

/**
 * What every section of the report reads: the evaluation, the comparison and the sensitivity analysis if any,
 * the language, the area means.
 */
final class ReportContext {

    /** The id Charts#svg gave the chart (letters, digits and '-' only), which names its caption too. */
    private static final java.util.regex.Pattern SVG_ID = java.util.regex.Pattern.compile("<svg[^>]*? id='([A-Za-z0-9-]+)'");

    final Evaluation evaluation;
    final Standard standard;
    /** Null for an evaluation alone. */
    final HtmlReport.ComparisonPart comparison;
    /** Null without a sensitivity analysis. */
    final HtmlReport.SensitivityPart sensitivity;
    final Messages m;
    final String lang;
    /** The classes of the styles of every chart of the page. */
    final SvgStyles styles;
    private final Map<String, BigDecimal> areaMeans = new TreeMap<>();
    private final Function<String, String> cityLink;

    ReportContext(Evaluation evaluation, HtmlReport.ComparisonPart comparison, HtmlReport.SensitivityPart sensitivity,
                  String language) {
        this(evaluation, comparison, sensitivity, language, city -> "#" + Html.anchor(city), new SvgStyles());
    }

    /**
     * @param cityLink where a city's name links to: its card further down the report, or a page of its own
     * @param styles the style classes shared with the other parts of the same page
     */
    ReportContext(Evaluation evaluation, HtmlReport.ComparisonPart comparison, HtmlReport.SensitivityPart sensitivity,
                  String language, Function<String, String> cityLink, SvgStyles styles) {
        this.cityLink = cityLink;
        this.styles = styles;
        this.evaluation = evaluation;
        this.standard = evaluation.standard();
        this.comparison = comparison;
        this.sensitivity = sensitivity;
        this.m = Messages.of(language);
        this.lang = language;
        for (Area area : standard.areas()) {
            areaMeans.put(area.id(), mean(evaluation.cities().stream()
                    .map(city -> city.area(area.id()).map(AreaResult::average).orElse(null)).toList()));
        }
    }

    /** The mean of an area over all cities that have a value in it; null if none has. */
    BigDecimal areaMean(String areaId) {
        return areaMeans.get(areaId);
    }

    /** The link of a city's name. */
    String cityHref(String city) {
        return cityLink.apply(city);
    }

    /** A chart drawn as {@code svg} with a caption under it, its styles made classes of this page's style sheet. */
    Figure figure(String chart, int items, String svg, String caption, String area) {
        return figure(chart, items, svg, caption, true, area);
    }

    /** A chart with no caption shown: {@code name} names it for a screen reader only. */
    Figure namedFigure(String chart, int items, String svg, String name, String area) {
        return figure(chart, items, svg, name, false, area);
    }

    private Figure figure(String chart, int items, String svg, String caption, boolean shown, String area) {
        Matcher id = SVG_ID.matcher(svg);
        String captionId = (id.find() ? id.group(1) : "chart-" + chart) + "-caption";
        String labelled = svg.replaceFirst("<svg ", "<svg aria-labelledby='" + captionId + "' ");
        return new Figure(chart, items, styles.compact(labelled), caption, shown, captionId, area);
    }

    int cityCount() {
        return evaluation.cities().size();
    }

    String areaName(String id) {
        return standard.area(id).map(a -> a.name().in(lang)).orElse(id);
    }

    /** A group's name, also of a group only the earlier standard of a comparison has. */
    String groupName(String id) {
        return standard.group(id).map(g -> g.name().in(lang))
                .or(() -> comparison == null ? Optional.empty()
                        : comparison.comparison().before().standard().group(id).map(g -> g.name().in(lang)))
                .orElse(id);
    }

    /** An area's name, cut to fit a column head or a radar label. */
    String shortName(Area area, int max) {
        String name = area.name().in(lang);
        return name.length() <= max ? name : name.substring(0, max - 1).strip() + "…";
    }

    BigDecimal factor(Group group) {
        return standard.scoring().factors().get(group.factor());
    }

    String percent(BigDecimal score) {
        return m.number(score.movePointRight(2), 0) + "%";
    }

    String maxScore() {
        return Html.plain(standard.scoring().maxScore());
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64);
    }
}
