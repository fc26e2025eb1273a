package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.result.CityResult;
import kz.etalon.sheet.SpreadsheetText;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;

/**
 * One row per city. A standard of groups and areas (every v1 file): rank, score, points, index, then each group's figures ({@code group.<id>.average}...)
 * and each area's average ({@code area.<id>.average}); the prefix keeps a group and an area that share an
 * id (ict) apart. With fragile results, each group also gets where its nearest band edge is and what
 * crossing it would change, empty when the group is not that close to an edge. A standard of another shape
 * has the columns of {@link NodesCsv}.
 */
public final class CsvReport {

    private CsvReport() {
    }

    private static final List<String> GROUP_COLUMNS = List.of("average", "rounded", "points", "weighted");
    static final List<String> FRAGILE_COLUMNS = List.of("edge", "distance", "points_if_crossed",
            "total_if_crossed", "rank_if_crossed");

    public static String render(Evaluation evaluation) {
        return render(evaluation, Optional.empty());
    }

    /** @param fragile the fragile results when {@code --fragile} asked for them */
    public static String render(Evaluation evaluation, Optional<List<FragileGroup>> fragile) {
        if (!evaluation.standard().groupsAndAreas()) {
            return NodesCsv.render(evaluation, fragile);
        }
        List<String> header = new ArrayList<>(List.of("rank", "city", "score", "points", "index"));
        for (Group group : evaluation.standard().groups()) {
            GROUP_COLUMNS.forEach(column -> header.add("group." + group.id() + "." + column));
            if (fragile.isPresent()) {
                FRAGILE_COLUMNS.forEach(column -> header.add("group." + group.id() + "." + column));
            }
        }
        for (Area area : evaluation.standard().areas()) {
            header.add("area." + area.id() + ".average");
        }
        StringBuilder out = new StringBuilder(String.join(",", header.stream().map(SpreadsheetText::csvCell).toList())).append('\n');
        for (CityResult city : evaluation.cities()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(city.rank()), SpreadsheetText.csvCell(city.city()),
                    number(city.score()), Numbers.plain(city.points()), number(city.index())));
            for (Group group : evaluation.standard().groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                row.addAll(List.of(number(result.average()), number(result.rounded()), String.valueOf(result.points()),
                        Numbers.plain(result.weighted())));
                fragile.ifPresent(all -> row.addAll(fragileCells(all, city.city(), group.id())));
            }
            for (Area area : evaluation.standard().areas()) {
                row.add(city.area(area.id()).map(a -> number(a.average())).orElse(""));
            }
            out.append(String.join(",", row)).append('\n');
        }
        return out.toString();
    }

    static List<String> fragileCells(List<FragileGroup> fragile, String city, String group) {
        return fragile.stream().filter(f -> f.city().equals(city) && f.group().equals(group)).findFirst()
                .map(f -> List.of(number(f.edge()), number(f.distance()), String.valueOf(f.pointsIfCrossed()),
                        Numbers.plain(f.totalIfCrossed()), String.valueOf(f.rankIfCrossed())))
                .orElse(java.util.Collections.nCopies(FRAGILE_COLUMNS.size(), ""));
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : String.valueOf(Numbers.full(value));
    }
}
