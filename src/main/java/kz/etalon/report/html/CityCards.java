package kz.etalon.report.html;

import static kz.etalon.report.html.Html.anchor;
import static kz.etalon.report.html.Html.plain;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;

/**
 * A card per city: its rank and totals, a radar of its area averages against the mean of all cities, its
 * strongest and weakest areas, its points per group and, folded, the whole calculation (template
 * {@code report/cards.jte}).
 */
public record CityCards(Messages m, List<Card> cards) {

    /** {@code name} is the name shown, {@code city} the name in the data. */
    public record Card(String city, String anchor, String name, String rank, String totals, CitySummary summary,
                       CalculationTable calculation) {
    }

    static CityCards of(ReportContext report) {
        Messages m = report.m;
        return new CityCards(m, report.evaluation.cities().stream().map(city -> card(report, city)).toList());
    }

    private static Card card(ReportContext report, CityResult city) {
        Messages m = report.m;
        return new Card(city.city(), anchor(city.city()), report.evaluation.shownName(city.city(), report.lang),
                m.get("cards.rank", city.rank(), report.cityCount()),
                m.get("cards.totals", plain(city.points()), report.maxScore(), report.percent(city.score()),
                        m.number(city.index(), 1)),
                CitySummary.of(report, city), CalculationTable.of(report, city));
    }
}
