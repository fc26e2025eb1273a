package kz.etalon.app;

import java.util.List;
import java.util.Map;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.sheet.SpreadsheetText;

/** The approved values of a round: as its data set (read like any city file) and as the long-form export. */
final class RoundExport {

    static final String EXPORT_HEADER = "city,indicator,value,source,quality,comment\n";
    static final String DATA_SET_HEADER = "city,indicator,value,source\n";

    private RoundExport() {
    }

    /** {@code approved.csv}: the approved cities' values in long form, which every command reads as city data. */
    static String dataSet(Round round, Map<String, CityValues> approved, List<String> indicators) {
        StringBuilder text = new StringBuilder(DATA_SET_HEADER);
        forEach(round, approved, indicators, (city, value) -> text.append(cells(city, value.indicator(), value.value(),
                value.source())));
        return text.toString();
    }

    /** {@code city,indicator,value,source,quality,comment} of every approved value. */
    static String csv(Round round, Map<String, CityValues> approved, List<String> indicators) {
        StringBuilder text = new StringBuilder(EXPORT_HEADER);
        forEach(round, approved, indicators, (city, value) -> text.append(cells(city, value.indicator(), value.value(),
                value.source(), value.quality().map(Quality::key).orElse(""), value.comment())));
        return text.toString();
    }

    /** The approved values in the round's order of cities and the standard's order of indicators. */
    static void forEach(Round round, Map<String, CityValues> approved, List<String> indicators,
                        java.util.function.BiConsumer<String, EnteredValue> each) {
        for (RoundCity city : round.cities()) {
            CityValues values = approved.get(city.name());
            if (values == null) {
                continue;
            }
            for (String indicator : indicators) {
                values.value(indicator).filter(value -> value.isGiven() || value.isExplained())
                        .ifPresent(value -> each.accept(city.name(), value));
            }
        }
    }

    private static String cells(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(i == 0 ? "" : ",").append(SpreadsheetText.csvCell(cells[i]));
        }
        return line.append('\n').toString();
    }
}
