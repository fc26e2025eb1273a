package kz.etalon.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Standard;

/** The JSON output of DESIGN section 6; the keys are a contract. */
public final class JsonReport {

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonReport() {
    }

    public static String render(Evaluation evaluation) {
        return Json.write(tree(evaluation));
    }

    /** The document as a tree, for callers that add a section (e.g. {@code fragile}). */
    public static ObjectNode tree(Evaluation evaluation) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("standard", evaluation.standard().id());
        ArrayNode cities = root.putArray("cities");
        evaluation.cities().forEach(city -> {
            ObjectNode node = city(city, evaluation.standard());
            java.util.Map<String, String> names = evaluation.names().getOrDefault(city.city(), java.util.Map.of());
            if (!names.isEmpty()) {
                ObjectNode byLanguage = node.putObject("names");   // `city` stays the id
                new java.util.TreeMap<>(names).forEach(byLanguage::put);
            }
            cities.add(node);
        });
        ArrayNode warnings = root.putArray("warnings");
        evaluation.warnings().forEach(warnings::add);
        return root;
    }

    public static String write(ObjectNode root) {
        return Json.write(root);
    }

    /** A city's rank, score, points and index: the figures every JSON output gives for a city. */
    static void standing(ObjectNode node, CityResult city) {
        node.put("rank", city.rank());
        node.put("score", Numbers.full(city.score()));
        node.putPOJO("points", Numbers.points(city.points()));
        node.put("index", Numbers.full(city.index()));
    }

    static ObjectNode city(CityResult city) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("city", city.city());
        standing(node, city);
        return groupsAndAreas(node, city);
    }

    /** A city of a standard of any shape: its standing where the standard has a total, every node, every indicator. */
    static ObjectNode city(CityResult city, Standard standard) {
        if (standard.groupsAndAreas()) {
            return city(city);
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("city", city.city());
        if (standard.method().ranked()) {
            node.put("rank", city.rank());
        }
        if (city.score() != null) {
            node.put("score", Numbers.full(city.score()));
            node.putPOJO("points", Numbers.points(city.points()));
            node.putPOJO("max", Numbers.points(standard.scoring().maxScore()));
            node.put("index", Numbers.full(city.index()));
        }
        NodesJson.nodes(node.putArray("nodes"), city, standard);
        NodesJson.indicators(node.putArray("indicators"), city, standard);
        return node;
    }

    private static ObjectNode groupsAndAreas(ObjectNode node, CityResult city) {
        ArrayNode groups = node.putArray("groups");
        for (GroupResult group : city.groups()) {
            ObjectNode g = groups.addObject();
            g.put("id", group.id());
            g.put("average", Numbers.full(group.average()));
            g.put("rounded", Numbers.full(group.rounded()));
            g.put("points", group.points());
            g.putPOJO("factor", Numbers.points(group.factor()));
            g.putPOJO("weighted", Numbers.points(group.weighted()));
        }
        ArrayNode areas = node.putArray("areas");
        for (AreaResult area : city.areas()) {
            ObjectNode a = areas.addObject();
            a.put("id", area.id());
            a.put("average", Numbers.full(area.average()));
            a.put("scored", area.scored());
            a.put("missing", area.missing());
        }
        ArrayNode indicators = node.putArray("indicators");
        for (IndicatorResult indicator : city.indicators()) {
            ObjectNode i = indicators.addObject();
            i.put("id", indicator.id());
            if (indicator.missing()) {
                i.putNull("value");
            } else {
                i.put("value", indicator.value());
            }
            i.put("percent", Numbers.full(indicator.percent()));
            i.put("rule", indicator.rule());
        }
        return node;
    }
}
