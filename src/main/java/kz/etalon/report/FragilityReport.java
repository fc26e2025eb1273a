package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Fragility.FragileGroup;

/** The fragile results of an evaluation: a text section under the table, or a JSON array. */
public final class FragilityReport {

    private FragilityReport() {
    }

    public static String text(List<FragileGroup> fragile, BigDecimal eps) {
        StringBuilder out = new StringBuilder("\nFragile results: group averages within ").append(Numbers.plain(eps))
                .append(" of a band edge (").append(fragile.size()).append(")\n");
        if (fragile.isEmpty()) {
            return out.append("  none: no group average is that close to an edge\n").toString();
        }
        TextTable table = new TextTable(List.of("City", "Group", "Average", "Edge", "Distance", "If it crossed"),
                List.of(false, false, true, true, true, false));
        for (FragileGroup f : fragile) {
            table.add(List.of(f.city(), f.group(), Numbers.fixed(f.average(), 2), Numbers.plain(f.edge()),
                    Numbers.fixed(f.distance(), 2), (f.wouldGain() ? "up: " : "down: ") + f.points() + " -> "
                            + f.pointsIfCrossed() + " points, total " + Numbers.plain(f.total()) + " -> "
                            + Numbers.plain(f.totalIfCrossed()) + ", rank " + f.rank() + " -> " + f.rankIfCrossed()));
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
