package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.i18n.Messages;

/** The fragile results of an evaluation: a text section under the table, or a JSON array. */
public final class FragilityReport {

    private FragilityReport() {
    }

    public static String text(List<FragileGroup> fragile, BigDecimal eps, String language) {
        Messages m = Messages.of(language);
        StringBuilder out = new StringBuilder("\n").append(m.get("fragile.title", m.plain(eps), fragile.size())).append('\n');
        if (fragile.isEmpty()) {
            return out.append("  ").append(m.get("fragile.none")).append('\n').toString();
        }
        TextTable table = new TextTable(List.of(m.get("col.city"), m.get("col.group"), m.get("col.average"),
                m.get("fragile.edge"), m.get("fragile.distance"), m.get("fragile.ifCrossed")),
                List.of(false, false, true, true, true, false));
        for (FragileGroup f : fragile) {
            table.add(List.of(f.city(), f.group(), m.number(f.average(), 2), m.plain(f.edge()),
                    m.number(f.distance(), 2), m.get(f.wouldGain() ? "fragile.up" : "fragile.down", f.points(),
                            f.pointsIfCrossed(), m.plain(f.total()), m.plain(f.totalIfCrossed()), f.rank(),
                            f.rankIfCrossed())));
        }
        return out.append(table.render()).toString();
    }

    public static ArrayNode json(List<FragileGroup> fragile) {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (FragileGroup f : fragile) {
            ObjectNode node = list.addObject();
            node.put("city", f.city());
            node.put("group", f.group());
            node.put("average", Numbers.full(f.average()));
            node.put("edge", Numbers.full(f.edge()));
            node.put("distance", Numbers.full(f.distance()));
            node.put("points", f.points());
            node.put("points_if_crossed", f.pointsIfCrossed());
            node.putPOJO("total_if_crossed", Numbers.points(f.totalIfCrossed()));
            node.put("rank", f.rank());
            node.put("rank_if_crossed", f.rankIfCrossed());
        }
        return list;
    }
}
