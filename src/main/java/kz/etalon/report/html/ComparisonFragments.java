package kz.etalon.report.html;

import kz.etalon.analysis.Comparison;

/**
 * The report's comparison, part by part, for a page that puts its own parts between them (the web
 * workspace's compare page): the same sections, words and charts as the HTML report's, made by the same
 * classes and written by the same templates ({@code report/movement.jte}, {@code report/attribution.jte},
 * {@code report/impacts.jte}); the charts' styles are classes whose rules are in {@link Fragments#css()}.
 */
public final class ComparisonFragments {

    /**
     * @param movement who moved: the intro, the chart of places and the ▲▼ table
     * @param attribution the 2×2 split of each city's change; null without two data sets and two standards
     * @param impacts each change of the standard with the cities it moves; null for one standard
     * @param css the style rules of the charts' classes
     */
    public record Fragments(ComparisonSection.Movement movement, AttributionFigure attribution, ChangeImpactsList impacts,
                            ChartMarkup css) {
    }

    private ComparisonFragments() {
    }

    /** The fragments of {@code part} in {@code language} (en, ru or kk). */
    public static Fragments of(HtmlReport.ComparisonPart part, String language) {
        Comparison c = part.comparison();
        ReportContext report = new ReportContext(c.after(), part, null, language);
        ComparisonSection section = ComparisonSection.of(report);
        return new Fragments(section.movement(), section.attribution(), section.impacts(), report.styles.css());
    }
}
