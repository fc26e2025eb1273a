package kz.etalon.report;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.i18n.Messages;
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
        if (!standard.groupsAndAreas()) {
            return NodeTable.render(evaluation, language);
        }
        Messages m = Messages.of(language);
        List<String> header = new ArrayList<>(List.of(m.get("col.rank"), m.get("col.city"), m.get("col.score"),
                m.get("col.points"), m.get("col.index")));
        for (Group group : standard.groups()) {
            header.add(group.id() + " x" + Numbers.plain(standard.scoring().factors().get(group.factor())));
        }
        TextTable table = new TextTable(header, List.of(true, false, true, true, true));
        for (CityResult city : evaluation.cities()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(city.rank()),
                    evaluation.shownName(city.city(), language),
                    Numbers.fixed(city.score().movePointRight(2), 0) + "%",
                    Numbers.plain(city.points()) + "/" + Numbers.plain(standard.scoring().maxScore()),
                    m.number(city.index(), 1)));
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                row.add(m.number(result.average(), 1) + " -> " + result.points());
            }
            table.add(row);
        }
        StringBuilder out = new StringBuilder();
        out.append(standard.id()).append(": ").append(standard.title().in(language)).append('\n');
        out.append(m.get("table.cities", evaluation.cities().size(), evaluation.citiesFile())).append('\n');
        out.append('\n').append(table.render());
        out.append('\n').append(m.get("table.score", m.plain(standard.scoring().maxScore()))).append('\n')
                .append(m.get("table.groups")).append('\n');
        for (Group group : standard.groups()) {
            out.append("  ").append(group.id()).append(": ").append(group.name().in(language)).append(" (")
                    .append(group.factor()).append(" = ").append(m.plain(standard.scoring().factors().get(group.factor())))
                    .append(")\n");
        }
        return out.toString();
    }
}
