package kz.etalon.report.html;

import kz.etalon.analysis.Comparison;

/**
 * The report's comparison, part by part, for a page that puts its own parts between them (the web
 * workspace's compare page): the same sections, words and charts as the HTML report's, written by the
 * same classes. Every text in them is escaped; the charts' styles are classes whose rules are in
 * {@link Fragments#css()}.
 */
public final class ComparisonFragments {

    /**
     * @param movement who moved: the intro, the chart of places and the ▲▼ table
     * @param attribution the 2×2 split of each city's change; empty without two data sets and two standards
     * @param impacts each change of the standard with the cities it moves; empty for one standard
     * @param css the style rules of the charts' classes
     */
    public record Fragments(String movement, String attribution, String impacts, String css) {
    }

    private ComparisonFragments() {
    }

    /** The fragments of {@code part} in {@code language} (en, ru or kk). */
    public static Fragments of(HtmlReport.ComparisonPart part, String language) {
        Comparison c = part.comparison();
        ReportContext report = new ReportContext(c.after(), part, null, language);
        String before = c.before().standard().id();
        String after = c.after().standard().id();
        PageWriter page = new PageWriter();
        new ComparisonSection(report).movement(page);
        String movement = page.body();
        if (!part.attribution().isEmpty()) {
            new AttributionFigure(report).write(page, before, after);
        }
        String attribution = page.body().substring(movement.length());
        if (!before.equals(after)) {
            new ChangeImpactsList(report).write(page, before, c);
        }
        String impacts = page.body().substring(movement.length() + attribution.length());
        return new Fragments(movement, attribution, impacts, page.svgCss());
    }
}
