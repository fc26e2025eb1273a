package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.OutcomeDiff;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;

/** A comparison as JSON; README's "Comparing versions" lists the keys. */
public final class CompareJson {

    private CompareJson() {
    }

    public static String render(Comparison comparison, List<Impact> impacts, List<Attribution> attribution) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("before", side(comparison.before()));
        root.set("after", side(comparison.after()));
        ArrayNode cities = root.putArray("cities");
        comparison.comparisons().forEach(c -> cities.add(city(c)));
        ArrayNode onlyBefore = root.putArray("only_before");
        comparison.onlyBefore().forEach(onlyBefore::add);
        ArrayNode onlyAfter = root.putArray("only_after");
        comparison.onlyAfter().forEach(onlyAfter::add);
        ArrayNode changes = root.putArray("impacts");
        impacts.forEach(impact -> changes.add(impact(impact)));
        if (!attribution.isEmpty()) {
            ArrayNode split = root.putArray("attribution");
            attribution.forEach(a -> split.add(attribution(a)));
        }
        ArrayNode notes = root.putArray("notes");
        comparison.notes().forEach(note -> notes.add(FitNoteText.english(note)));
        return Json.write(root);
    }

    private static ObjectNode side(Evaluation evaluation) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("standard", evaluation.standard().id());
        node.put("cities", String.valueOf(evaluation.citiesFile()));
        return node;
    }

    private static ObjectNode city(CityComparison c) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("city", c.city());
        node.set("before", result(c.before()));
        node.set("after", result(c.after()));
        ObjectNode movement = node.putObject("movement");
        movement.put("places", c.rankMove());
        movement.putPOJO("points", Numbers.points(c.after().points().subtract(c.before().points())));
        movement.put("score", Numbers.full(c.after().score().subtract(c.before().score())));
        movement.put("index", Numbers.full(c.after().index().subtract(c.before().index())));
        ArrayNode differences = node.putArray("differences");
        for (OutcomeDiff d : c.differences()) {
            ObjectNode diff = differences.addObject();
            diff.put("level", d.level().key());
            diff.put("id", d.id());
            diff.put("before", Numbers.full(d.before()));
            diff.put("after", Numbers.full(d.after()));
            diff.put("rule_before", d.ruleBefore());
            diff.put("rule_after", d.ruleAfter());
            if (d.level() == OutcomeDiff.Level.GROUP) {
                diff.put("points_before", d.pointsBefore());
                diff.put("points_after", d.pointsAfter());
            }
            diff.putPOJO("points_effect", Numbers.points(d.pointsEffect()));
            diff.put("index_effect", Numbers.full(d.indexEffect()));
        }
        return node;
    }

    private static ObjectNode result(CityResult city) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        JsonReport.standing(node, city);
        ArrayNode groups = node.putArray("groups");
        for (GroupResult group : city.groups()) {
            ObjectNode g = groups.addObject();
            g.put("id", group.id());
            g.put("average", Numbers.full(group.average()));
            g.put("points", group.points());
        }
        return node;
    }

    private static ObjectNode impact(Impact impact) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.set("change", DiffReport.change(impact.change()));
        node.put("applicable", impact.applicable());
        ArrayNode moves = node.putArray("moves");
        for (Impact.CityMove move : impact.moves()) {
            ObjectNode m = moves.addObject();
            m.put("city", move.city());
            m.put("rank_before", move.rankBefore());
            m.put("rank_after", move.rankAfter());
            m.putPOJO("points_before", Numbers.points(move.pointsBefore()));
            m.putPOJO("points_after", Numbers.points(move.pointsAfter()));
            ArrayNode groups = m.putArray("groups");
            move.groups().forEach(g -> groups.addObject().put("id", g.group()).put("points_before", g.pointsBefore())
                    .put("points_after", g.pointsAfter()));
        }
        return node;
    }

    private static ObjectNode attribution(Attribution a) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("city", a.city());
        node.set("points", split(a.points()));
        node.set("places", split(a.places()));
        ObjectNode corners = node.putObject("corners");
        corner(corners, "before_old_data", a.aD1());
        corner(corners, "before_new_data", a.aD2());
        corner(corners, "after_old_data", a.bD1());
        corner(corners, "after_new_data", a.bD2());
        return node;
    }

    private static ObjectNode split(Attribution.Split split) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.putPOJO("total", number(split.total()));
        node.putPOJO("data", number(split.data()));
        node.putPOJO("standard", number(split.standard()));
        node.putPOJO("interaction", number(split.interaction()));
        return node;
    }

    private static void corner(ObjectNode corners, String name, Attribution.Corner corner) {
        corners.putObject(name).put("rank", corner.rank()).putPOJO("points", Numbers.points(corner.points()));
    }

    private static Number number(BigDecimal value) {
        return Numbers.points(value);
    }
}
