package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.etalon.result.CityResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.NodeResult;
import kz.etalon.result.Reckoning;
import kz.etalon.standard.IndicatorSpec;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * The nodes and indicators of a city in JSON for a standard of any shape: each carries what it has
 * (a value, points and a band label where banded, weighted points where it makes the total,
 * {@code scored: false} when nothing under it was scored), with the framework's codes and attributes.
 */
final class NodesJson {

    private NodesJson() {
    }

    static void nodes(ArrayNode out, CityResult city, Standard standard) {
        for (NodeResult result : city.nodes()) {
            MethodNode node = standard.method().node(result.key()).orElseThrow();
            ObjectNode n = out.addObject();
            n.put("id", result.id());
            n.put("classification", result.classification());
            if (node.parent() != null) {
                n.put("parent", node.parent().substring(node.parent().indexOf('/') + 1));
            }
            if (node.code() != null) {
                n.put("code", node.code());
            }
            n.put("aggregation", node.aggregation());
            n.put("scored", result.scored());
            n.put("value", Numbers.full(result.value()));
            if (result.scored() && result.possible() != null && result.possible().signum() > 0
                    && node.measure() == MethodNode.Measure.POINTS) {
                n.putPOJO("of_points", Numbers.points(result.amount()));
                n.putPOJO("points_possible", Numbers.points(result.possible()));
            }
            if (result.points() != null) {
                n.put("points", result.points());
                BandLabels.label(standard, node.bands(), result.points(), result.bandLine())
                        .ifPresent(label -> n.put("label", label.in("en")));
            }
            if (result.weighted() != null) {
                n.putPOJO("factor", Numbers.points(result.factor()));
                n.putPOJO("weighted", Numbers.points(result.weighted()));
            }
            n.put("counted", result.counted());
            n.put("missing", result.missing());
            reckoning(n, result.reckoning());
            attributes(n, node.attributes());
        }
    }

    static void indicators(ArrayNode out, CityResult city, Standard standard) {
        for (IndicatorResult indicator : city.indicators()) {
            IndicatorSpec spec = standard.method().spec(indicator.id());
            ObjectNode i = out.addObject();
            i.put("id", indicator.id());
            if (spec.code() != null) {
                i.put("code", spec.code());
            }
            if (indicator.missing()) {
                i.putNull("value");
            } else {
                i.put("value", indicator.value());
            }
            i.put("percent", Numbers.full(indicator.percent()));
            if (indicator.points() != null) {
                i.put("points", indicator.points());
                BandLabels.label(standard, spec.bands(), indicator.points(), indicator.bandLine())
                        .ifPresent(label -> i.put("label", label.in("en")));
            }
            i.put("rule", indicator.rule());
            attributes(i, spec.attributes());
        }
    }

    /** What the rule that made the node's value said it did: the aggregation, the items it took and those it left out. */
    private static void reckoning(ObjectNode node, Reckoning reckoning) {
        if (reckoning == null) {
            return;
        }
        ObjectNode r = node.putObject("reckoning");
        r.put("aggregation", reckoning.aggregation());
        ArrayNode items = r.putArray("items");
        for (Reckoning.Operand operand : reckoning.operands()) {
            ObjectNode item = items.addObject();
            item.put("id", shown(operand.member()));
            item.put("percent", Numbers.full(operand.share()));
            item.putPOJO("amount", Numbers.points(operand.amount()));
            item.putPOJO("possible", Numbers.points(operand.possible()));
            item.putPOJO("weight", Numbers.points(operand.weight()));
        }
        ArrayNode leftOut = r.putArray("left_out");
        reckoning.leftOut().forEach(member -> leftOut.add(shown(member)));
    }

    /** A child node's id (its key without the classification) or an indicator's id. */
    private static String shown(String member) {
        return member.substring(member.indexOf('/') + 1);
    }

    private static void attributes(ObjectNode node, java.util.Map<String, String> attributes) {
        if (!attributes.isEmpty()) {
            ObjectNode a = node.putObject("attributes");
            attributes.forEach(a::put);
        }
    }
}
