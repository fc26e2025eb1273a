package kz.etalon.report.html;

import java.util.function.Function;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;

/**
 * The report's charts and sections as parts of another page (the web workspace's results and city pages):
 * the same code draws them and the same templates (src/main/jte/report) write them as in the report, only a
 * city's name links where the page says. {@code chartStyles} is the style sheet of the charts' classes, for
 * a {@code <style>} element of the same page (through {@code report/markup.jte}).
 */
public final class WebFragments {

    /** The ranking bars, the mean of each area, each area city by city, and the heat map. */
    public record Results(Figure ranking, AreaMeansSection areaMeans, PerAreaSection perArea, HeatMapSection heatMap,
                          ChartMarkup chartStyles) {
    }

    /** A city's radar, strongest and weakest areas, and points per group. */
    public record CityCard(CitySummary summary, ChartMarkup chartStyles) {
    }

    private WebFragments() {
    }

    /**
     * @param language en, ru or kk
     * @param cityLink the address a city's name links to
     */
    public static Results results(Evaluation evaluation, String language, Function<String, String> cityLink) {
        return results(evaluation, evaluation, language, cityLink);
    }

    /**
     * As {@link #results(Evaluation, String, Function)} for a page of a long ranking: the ranking, each area
     * city by city and the heat map of the cities of {@code shown} only; the area means still of every city.
     */
    public static Results results(Evaluation evaluation, Evaluation shown, String language, Function<String, String> cityLink) {
        SvgStyles styles = new SvgStyles();
        ReportContext report = new ReportContext(evaluation, null, null, language, cityLink, styles);
        ReportContext page = shown == evaluation ? report : new ReportContext(shown, null, null, language, cityLink, styles);
        Figure ranking = RankingSection.chart(page);
        AreaMeansSection areaMeans = AreaMeansSection.of(report);
        PerAreaSection perArea = PerAreaSection.of(page);
        HeatMapSection heatMap = HeatMapSection.of(page);
        return new Results(ranking, areaMeans, perArea, heatMap, styles.css());
    }

    /** @param language en, ru or kk */
    public static CityCard city(Evaluation evaluation, CityResult city, String language) {
        ReportContext report = new ReportContext(evaluation, null, null, language);
        return new CityCard(CitySummary.of(report, city), report.styles.css());
    }
}
