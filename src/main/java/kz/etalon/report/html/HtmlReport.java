package kz.etalon.report.html;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.Sensitivity.CityRanks;
import kz.etalon.result.Evaluation;

/**
 * The evaluation as one self-contained HTML file for people who read results in meetings: the ranking
 * (the paper's figure 1), the mean of each area (figure 2), each area city by city (figure 3), a heat map
 * of cities by areas, a card per city (radar chart, strongest and weakest areas, points per group, the
 * whole explanation), with two standards or two data years the comparison, and with a sensitivity analysis
 * how solid each rank is. The templates of src/main/jte/report write it (the web pages use the same ones);
 * charts are inline SVG; the file makes no network request, runs no script, and
 * prints on A4. Same inputs, same bytes.
 */
public final class HtmlReport {

    /** A comparison to show beside the evaluation (the later one is the main evaluation). */
    public record ComparisonPart(Comparison comparison, List<Impact> impacts, List<Attribution> attribution) {

        public ComparisonPart {
            impacts = List.copyOf(impacts);
            attribution = List.copyOf(attribution);
        }
    }

    /** Each city's ranks over the runs of a sensitivity analysis with values varied by up to {@code noise} percent. */
    public record SensitivityPart(int runs, long seed, BigDecimal noise, List<CityRanks> cities) {

        public SensitivityPart {
            cities = cities.stream().sorted(Comparator.comparingInt(CityRanks::evaluatedRank)).toList();
        }
    }

    /** The width of a full-width chart; the SVG scales to the page, this sets its proportions and type size. */
    static final int WIDTH = 760;

    private HtmlReport() {
    }

    /**
     * @param comparison null for an evaluation alone
     * @param language en, ru or kk: every label, and the names the standard gives in that language
     */
    public static String render(Evaluation evaluation, ComparisonPart comparison, String language) {
        return render(evaluation, comparison, null, language);
    }

    /**
     * @param comparison null for an evaluation alone
     * @param sensitivity null to leave out how solid each rank is
     * @param language en, ru or kk: every label, and the names the standard gives in that language
     */
    public static String render(Evaluation evaluation, ComparisonPart comparison, SensitivityPart sensitivity,
                                String language) {
        return ReportTemplates.document(ReportDocument.of(new ReportContext(evaluation, comparison, sensitivity, language)));
    }
}
