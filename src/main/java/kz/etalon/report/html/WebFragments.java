package kz.etalon.report.html;

import java.util.function.Function;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;

/**
 * The report's charts and sections as parts of another page (the web workspace's results and city
 * pages): the same code draws them as in the report, only a city's name links where the page says. Each
 * part is HTML made here, every text from the standard or the data escaped; {@code chartStyles} is the
 * style sheet of the charts' classes, to put in a {@code <style>} element of the same page.
 */
public final class WebFragments {

    /** The ranking bars, the mean of each area, each area city by city, and the heat map. */
    public record Results(String ranking, String areaMeans, String perArea, String heatMap, String chartStyles) {
    }

    /** A city's radar, strongest and weakest areas, and points per group. */
    public record CityCard(String summary, String chartStyles) {
    }

    private WebFragments() {
    }

    /**
     * @param language en, ru or kk
     * @param cityLink the address a city's name links to (not yet escaped)
     */
    public static Results results(Evaluation evaluation, String language, Function<String, String> cityLink) {
        return results(evaluation, evaluation, language, cityLink);
    }

    /**
     * As {@link #results(Evaluation, String, Function)} for a page of a long ranking: the ranking, each area
     * city by city and the heat map of the cities of {@code shown} only; the area means still of every city.
     */
    public static Results results(Evaluation evaluation, Evaluation shown, String language, Function<String, String> cityLink) {
        ReportContext report = new ReportContext(evaluation, null, null, language, cityLink);
        ReportContext page = shown == evaluation ? report : new ReportContext(shown, null, null, language, cityLink);
        SvgStyles styles = new SvgStyles();
        PageWriter ranking = new PageWriter(styles);
        new RankingSection(page).chart(ranking);
        PageWriter areaMeans = new PageWriter(styles);
        new AreaMeansSection(report).write(areaMeans);
        PageWriter perArea = new PageWriter(styles);
        new PerAreaSection(page).write(perArea);
        PageWriter heatMap = new PageWriter(styles);
        new HeatMapSection(page).write(heatMap);
        return new Results(ranking.body(), areaMeans.body(), perArea.body(), heatMap.body(), styles.css());
    }

    /** @param language en, ru or kk */
    public static CityCard city(Evaluation evaluation, CityResult city, String language) {
        ReportContext report = new ReportContext(evaluation, null, null, language);
        PageWriter page = new PageWriter();
        new CityCards(report).summary(page, city);
        return new CityCard(page.body(), page.svgCss());
    }
}
