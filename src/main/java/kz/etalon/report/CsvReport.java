package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.result.CityResult;
import kz.etalon.sheet.SpreadsheetText;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;

/** One row per city: rank, score, points, index, then each group's and each area's figures. */
public final class CsvReport {

    private CsvReport() {
    }

    public static String render(Evaluation evaluation) {
        List<String> header = new ArrayList<>(List.of("rank", "city", "score", "points", "index"));
        for (Group group : evaluation.standard().groups()) {
            header.addAll(List.of(group.id() + ".average", group.id() + ".rounded", group.id() + ".points",
                    group.id() + ".weighted"));
        }
        for (Area area : evaluation.standard().areas()) {
            header.add(area.id() + ".average");
        }
        StringBuilder out = new StringBuilder(String.join(",", header.stream().map(SpreadsheetText::csvCell).toList())).append('\n');
        for (CityResult city : evaluation.cities()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(city.rank()), SpreadsheetText.csvCell(city.city()),
                    number(city.score()), Numbers.plain(city.points()), number(city.index())));
            for (Group group : evaluation.standard().groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                row.addAll(List.of(number(result.average()), number(result.rounded()), String.valueOf(result.points()),
                        Numbers.plain(result.weighted())));
            }
            for (Area area : evaluation.standard().areas()) {
                row.add(city.area(area.id()).map(a -> number(a.average())).orElse(""));
            }
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : String.valueOf(Numbers.full(value));
    }
}
