package kz.etalon.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.etalon.round.CityValues;
import kz.etalon.round.Quality;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.sheet.SpreadsheetText;
import kz.etalon.sheet.TableWorkbook;

/** The approved values of a round: as its data set (read like any city file) and as the long-form export. */
final class RoundExport {

    static final List<String> EXPORT_HEADER = List.of("city", "indicator", "value", "source", "quality", "comment");
    static final List<String> DATA_SET_HEADER = List.of("city", "indicator", "value", "source");

    private RoundExport() {
    }

    /** {@code approved.csv}: the approved cities' values in long form, which every command reads as city data. */
    static String dataSet(Round round, Map<String, CityValues> approved, List<String> indicators) {
        return csv(DATA_SET_HEADER, rows(round, approved, indicators).stream().map(row -> row.subList(0, 4)).toList());
    }

    /** {@code city,indicator,value,source,quality,comment} of every approved value. */
    static String csv(Round round, Map<String, CityValues> approved, List<String> indicators) {
        return csv(EXPORT_HEADER, rows(round, approved, indicators));
    }

    /** The same as a workbook of one sheet. */
    static byte[] workbook(Round round, Map<String, CityValues> approved, List<String> indicators) {
        return TableWorkbook.of(round.id(), EXPORT_HEADER, rows(round, approved, indicators), List.of(2));
    }

    /** The approved values, given or explained, in the round's order of cities and the standard's of indicators. */
    private static List<List<String>> rows(Round round, Map<String, CityValues> approved, List<String> indicators) {
        List<List<String>> rows = new ArrayList<>();
        for (RoundCity city : round.cities()) {
            CityValues values = approved.get(city.name());
            if (values == null) {
                continue;
            }
            for (String indicator : indicators) {
                values.value(indicator).filter(value -> value.isGiven() || value.isExplained()).ifPresent(value ->
                        rows.add(List.of(city.name(), indicator, value.value(), value.source(),
                                value.quality().map(Quality::key).orElse(""), value.comment())));
            }
        }
        return rows;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append('\n');
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                text.append(i == 0 ? "" : ",").append(SpreadsheetText.csvCell(row.get(i)));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
