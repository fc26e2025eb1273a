package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.Comparison;
import kz.etalon.i18n.Messages;

/**
 * The whole report as the template {@code report/document.jte} writes it: the header, the contents, every
 * section (null for one the report leaves out) and the footer. {@code styleSheet}, the report's style element
 * with the classes of its charts' styles, is complete since every chart is drawn before the page is written.
 *
 * @param comparing null without a comparison
 */
public record ReportDocument(String lang, Messages m, String standardId, String title, String subtitle, String comparing,
                             String howto, List<Link> contents, List<Link> cities, RankingSection ranking,
                             RankSensitivitySection sensitivity, AreaMeansSection areaMeans, PerAreaSection perArea,
                             HeatMapSection heatMap, ComparisonSection comparison, CityCards cards, NotesSection notes,
                             String footer, ChartMarkup styleSheet) {

    /** A link within the page: the id it leads to and its text. */
    public record Link(String id, String text) {
    }

    static ReportDocument of(ReportContext report) {
        Messages m = report.m;
        String comparing = null;
        if (report.comparison != null) {
            Comparison c = report.comparison.comparison();
            comparing = m.get("report.comparing", c.before().standard().id(), c.before().citiesFile(),
                    c.after().standard().id(), c.after().citiesFile());
        }
        List<Link> contents = new ArrayList<>();
        contents.add(new Link("ranking", m.get("ranking.title")));
        if (report.sensitivity != null) {
            contents.add(new Link("sensitivity", m.get("sensitivity.title")));
        }
        contents.add(new Link("areas", m.get("areas.title")));
        contents.add(new Link("per-area", m.get("perArea.title")));
        contents.add(new Link("heatmap", m.get("heatmap.title")));
        if (report.comparison != null) {
            contents.add(new Link("comparison", m.get("comparison.title")));
        }
        List<Link> cities = report.evaluation.cities().stream().map(city -> new Link(anchor(city.city()), city.city())).toList();
        // the sections in the order of the page, so that the charts' style classes are numbered in that order
        RankingSection ranking = RankingSection.of(report);
        RankSensitivitySection sensitivity = report.sensitivity == null ? null : RankSensitivitySection.of(report);
        AreaMeansSection areaMeans = AreaMeansSection.of(report);
        PerAreaSection perArea = PerAreaSection.of(report);
        HeatMapSection heatMap = HeatMapSection.of(report);
        ComparisonSection comparison = report.comparison == null ? null : ComparisonSection.of(report);
        CityCards cards = CityCards.of(report);
        return new ReportDocument(report.lang, m, report.standard.id(), report.standard.title().in(report.lang),
                m.get("report.subtitle", report.standard.id(), report.evaluation.citiesFile(), report.cityCount()), comparing,
                m.get("report.howto", report.maxScore()), contents, cities, ranking, sensitivity, areaMeans, perArea, heatMap,
                comparison, cards, NotesSection.of(report),
                m.get("report.footer", report.standard.file(), report.evaluation.citiesFile()), report.styles.styleElement("\n" + Style.CSS));
    }
}
