package kz.etalon.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.app.Etalon;
import kz.etalon.report.Explanation;
import kz.etalon.report.html.WebFragments;
import kz.etalon.result.CityResult;

/**
 * What the results pages of one standard on one data set show, computed once and shared while the
 * standard, the rules and the data are unchanged (it lives in the results cache under their content):
 * the evaluation, its fragile results, and, made on first use in each language, the charts and each
 * city's card and explanation.
 */
final class ResultsView {

    /** Cities on one page of a long ranking: its table, charts and heat map grow with them. */
    static final int PAGE = 100;

    /** How close to a band edge a group average is flagged, in points of the scale: as {@code evaluate --fragile}. */
    static final BigDecimal FRAGILE_WITHIN = BigDecimal.ONE;

    /** A city's card and the explanation of its total. */
    record CityParts(WebFragments.CityCard card, Explanation explanation) {
    }

    private final String standard;
    private final String dataSet;
    private final Etalon.Evaluated evaluated;
    private final List<FragileGroup> fragile;
    private final Map<String, WebFragments.Results> fragments = new ConcurrentHashMap<>();
    private final Map<String, CityParts> cities = new ConcurrentHashMap<>();
    private final Map<String, ResultsPages.ResultsModel> bodies = new ConcurrentHashMap<>();

    ResultsView(String standard, String dataSet, Etalon.Evaluated evaluated, List<FragileGroup> fragile) {
        this.standard = standard;
        this.dataSet = dataSet;
        this.evaluated = evaluated;
        this.fragile = List.copyOf(fragile);
    }

    Etalon.Evaluated evaluated() {
        return evaluated;
    }

    List<FragileGroup> fragile() {
        return fragile;
    }

    /** The ranking bars, the area charts and the heat map in {@code language}, the cities linking to their cards. */
    WebFragments.Results fragments(String language) {
        return fragments(language, 1);
    }

    /** As {@link #fragments(String)} for the cities on {@code page} of the ranking (the area means are of all). */
    WebFragments.Results fragments(String language, int page) {
        return fragments.computeIfAbsent(language + "#" + page, key -> WebFragments.results(evaluated.evaluation(),
                pages() == 1 ? evaluated.evaluation() : shown(page), language,
                city -> ResultsPages.cityLink(standard, dataSet, city)));
    }

    /** How many pages the ranking takes, {@value #PAGE} cities a page. */
    int pages() {
        return Math.max(1, (evaluated.evaluation().cities().size() + PAGE - 1) / PAGE);
    }

    /** The cities ranked on {@code page} (from 1). */
    List<CityResult> citiesOn(int page) {
        List<CityResult> all = evaluated.evaluation().cities();
        return all.subList(Math.min(all.size(), (page - 1) * PAGE), Math.min(all.size(), page * PAGE));
    }

    private kz.etalon.result.Evaluation shown(int page) {
        kz.etalon.result.Evaluation all = evaluated.evaluation();
        return new kz.etalon.result.Evaluation(all.standard(), all.citiesFile(), citiesOn(page), all.warnings());
    }

    /**
     * The results page's part that is the same for every visitor reading {@code language} (no names, no
     * tokens, no lists that change with uploads), made by {@code make} once for each page of the ranking.
     */
    ResultsPages.ResultsModel body(String language, int page, Supplier<ResultsPages.ResultsModel> make) {
        return bodies.computeIfAbsent(language + "#" + page, code -> make.get());
    }

    /** The card and explanation of {@code city} in {@code language}. */
    CityParts city(CityResult city, String language) {
        return cities.computeIfAbsent(language + "\n" + city.city(), key -> new CityParts(
                WebFragments.city(evaluated.evaluation(), city, language),
                Explanation.of(evaluated.evaluation(), city, language)));
    }
}
