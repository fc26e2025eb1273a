package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.Goal;
import kz.etalon.analysis.WhatIf;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.standard.Standard;

/** A what-if plan as text or JSON. */
public final class WhatIfReport {

    private WhatIfReport() {
    }

    public static String text(WhatIfPlan plan, Standard standard, String language, boolean byCost) {
        Messages m = Messages.of(language);
        IndicatorLabels labels = new IndicatorLabels(m);
        StringBuilder out = new StringBuilder();
        out.append(m.get("whatif.header", plan.city(), standard.id(), plan.start().rank(), m.plain(plan.start().points()),
                Numbers.fixed(plan.start().score().movePointRight(2), 0), m.number(plan.start().index(), 1))).append('\n');
        out.append(m.get("whatif.goal", goal(plan.goal(), m))).append('\n');
        if (!plan.reached()) {
            if (!plan.steps().isEmpty()) {
                WhatIfPlan.Step last = plan.steps().get(plan.steps().size() - 1);
                out.append(m.get("whatif.unreachable", m.plain(last.points()), last.rank()));
            } else {
                out.append(m.get("whatif.nothingLeft"));
            }
            out.append('\n');
        } else {
            out.append(byCost ? m.get("whatif.cheapest", plan.steps().size(), m.plain(plan.totalCost()))
                    : m.get("whatif.fewest", plan.steps().size()))
                    .append(plan.optimal() ? "" : " " + m.get("whatif.notOptimal"))
                    .append('\n');
        }
        List<String> header = new ArrayList<>(List.of(m.get("whatif.col.step"), m.get("col.indicator"), m.get("whatif.col.name"),
                m.get("col.value"), m.get("col.percent"), m.get("col.points"), m.get("col.score"), m.get("col.rank")));
        standard.groups().forEach(group -> header.add(group.id()));
        if (byCost) {
            header.add(m.get("whatif.col.cost"));
        }
        TextTable table = new TextTable(header, List.of(true, false, false, false, false, true, true, true));
        int number = 1;
        for (WhatIfPlan.Step step : plan.steps()) {
            WhatIf.Candidate c = step.improvement();
            String name = standard.indicator(c.indicator()).map(i -> i.name().in(language)).orElse("");
            List<String> row = new ArrayList<>(List.of(String.valueOf(number++), c.indicator(),
                    name.length() > 40 ? name.substring(0, 39) + "…" : name,
                    labels.value(c.valueNow()) + " -> " + labels.value(c.bestValue()),
                    (c.percentNow() == null ? "-" : m.number(c.percentNow(), 1)) + " -> " + m.number(c.bestPercent(), 1),
                    m.plain(step.points()), Numbers.fixed(step.score().movePointRight(2), 0) + "%",
                    String.valueOf(step.rank())));
            standard.groups().forEach(group -> row.add(String.valueOf(step.groupPoints().get(group.id()))));
            if (byCost) {
                row.add(m.plain(c.cost()));
            }
            table.add(row);
        }
        if (!plan.steps().isEmpty()) {
            out.append('\n').append(table.render());
        }
        out.append('\n').append(m.get("whatif.areas", plan.city())).append('\n');
        if (plan.areas().isEmpty()) {
            out.append("  ").append(m.get("whatif.noArea")).append('\n');
        } else {
            TextTable areas = new TextTable(List.of(m.get("whatif.col.area"), m.get("whatif.col.name"), m.get("col.group"),
                    m.get("whatif.col.improvements"), m.get("whatif.col.gained"), m.get("whatif.col.perImprovement")),
                    List.of(false, false, false, true, true, true));
            for (WhatIfPlan.AreaEffect area : plan.areas()) {
                areas.add(List.of(area.area(), standard.area(area.area()).map(a -> a.name().in(language)).orElse(""),
                        area.group(), String.valueOf(area.improvements()), "+" + m.plain(area.pointsGained()),
                        m.number(area.pointsPerImprovement(), 2)));
            }
            out.append(areas.render());
        }
        return out.toString();
    }

    /** The goal in words: {@code rank 3 or better}. */
    private static String goal(Goal goal, Messages m) {
        return switch (goal.kind()) {
            case NEXT_POINTS -> m.get("whatif.goal.nextPoints");
            case RANK -> m.get("whatif.goal.rank", goal.value().intValue());
            case SCORE -> m.get("whatif.goal.score", m.plain(goal.value().movePointRight(2)));
        };
    }

    public static String json(WhatIfPlan plan, Standard standard) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("standard", standard.id());
        root.put("city", plan.city());
        root.put("goal", plan.goal().toString());
        root.put("reached", plan.reached());
        root.put("optimal", plan.optimal());
        ObjectNode start = root.putObject("start");
        start.put("rank", plan.start().rank());
        start.putPOJO("points", Numbers.points(plan.start().points()));
        start.put("score", Numbers.full(plan.start().score()));
        root.putPOJO("cost", Numbers.points(plan.totalCost()));
        ArrayNode steps = root.putArray("steps");
        for (WhatIfPlan.Step step : plan.steps()) {
            WhatIf.Candidate c = step.improvement();
            ObjectNode node = steps.addObject();
            node.put("indicator", c.indicator());
            node.put("area", c.area());
            node.put("value_now", c.valueNow());
            node.put("value_after", c.bestValue());
            node.put("percent_now", Numbers.full(c.percentNow()));
            node.put("percent_after", Numbers.full(c.bestPercent()));
            node.put("group_average_gain", Numbers.full(c.gain()));
            node.putPOJO("cost", Numbers.points(c.cost()));
            node.putPOJO("points", Numbers.points(step.points()));
            node.put("score", Numbers.full(step.score()));
            node.put("rank", step.rank());
            ObjectNode groups = node.putObject("group_points");
            step.groupPoints().forEach(groups::put);
        }
        ArrayNode areas = root.putArray("areas");
        for (WhatIfPlan.AreaEffect area : plan.areas()) {
            areas.addObject().put("area", area.area()).put("group", area.group()).put("improvements", area.improvements())
                    .putPOJO("points_gained", Numbers.points(area.pointsGained()))
                    .put("points_per_improvement", Numbers.full(area.pointsPerImprovement()));
        }
        return Json.write(root);
    }
}
