package kz.etalon.report;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;

/** The ranking as an aligned text table, group names in the chosen language. */
public final class TableReport {

    private TableReport() {
    }

    public static String render(Evaluation evaluation, String language) {
        Standard standard = evaluation.standard();
        List<String> header = new ArrayList<>(List.of("Rank", "City", "Score", "Points", "Index"));
        for (Group group : standard.groups()) {
            header.add(group.id() + " x" + Numbers.plain(standard.scoring().factors().get(group.factor())));
        }
        TextTable table = new TextTable(header, List.of(true, false, true, true, true));
        for (CityResult city : evaluation.cities()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(city.rank()), city.city(),
                    Numbers.fixed(city.score().movePointRight(2), 0) + "%",
                    Numbers.plain(city.points()) + "/" + Numbers.plain(standard.scoring().maxScore()),
                    Numbers.fixed(city.index(), 1)));
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                row.add(Numbers.fixed(result.average(), 1) + " -> " + result.points());
            }
            table.add(row);
        }
        StringBuilder out = new StringBuilder();
        out.append(standard.id()).append(": ").append(standard.title().in(language)).append('\n');
        out.append(evaluation.cities().size()).append(" cities from ").append(evaluation.citiesFile()).append('\n');
        out.append('\n').append(table.render());
        out.append('\n').append("Score = points / ").append(Numbers.plain(standard.scoring().maxScore()))
                .append("; index = factor-weighted mean of the group averages, which breaks ties.\n")
                .append("Group columns: average -> band points, weighted by the factor shown.\n");
        for (Group group : standard.groups()) {
            out.append("  ").append(group.id()).append(": ").append(group.name().in(language)).append(" (")
                    .append(group.factor()).append(" = ").append(Numbers.plain(standard.scoring().factors().get(group.factor())))
                    .append(")\n");
        }
        return out.toString();
    }
}
