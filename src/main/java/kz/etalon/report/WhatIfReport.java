package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.WhatIf;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.standard.Standard;

/** A what-if plan as text or JSON. */
public final class WhatIfReport {

    private WhatIfReport() {
    }

    public static String text(WhatIfPlan plan, Standard standard, String language, boolean byCost) {
        StringBuilder out = new StringBuilder();
        out.append("What if: ").append(plan.city()).append(" under ").append(standard.id()).append(" - rank ")
                .append(plan.start().rank()).append(", ").append(Numbers.plain(plan.start().points())).append(" points (")
                .append(Numbers.fixed(plan.start().score().movePointRight(2), 0)).append("%), index ")
                .append(Numbers.fixed(plan.start().index(), 1)).append('\n');
        out.append("Goal: ").append(plan.goal()).append('\n');
        if (!plan.reached()) {
            out.append("Not reachable by improving indicators: with every one at its best the city would have ");
            if (!plan.steps().isEmpty()) {
                WhatIfPlan.Step last = plan.steps().get(plan.steps().size() - 1);
                out.append(Numbers.plain(last.points())).append(" points, rank ").append(last.rank());
            } else {
                out.append("nothing left to improve");
            }
            out.append(".\n");
        } else {
            out.append(byCost ? "Cheapest plan: " + plan.steps().size() + " improvement(s), cost "
                    + Numbers.plain(plan.totalCost()) : "Fewest improvements: " + plan.steps().size())
                    .append(plan.optimal() ? "" : " (the rules did not add up as the search assumed: more steps were added until the goal held)")
                    .append('\n');
        }
        List<String> header = new ArrayList<>(List.of("Step", "Indicator", "Name", "Value", "Percent", "Points", "Score", "Rank"));
        standard.groups().forEach(group -> header.add(group.id()));
        if (byCost) {
            header.add("Cost");
        }
        TextTable table = new TextTable(header, List.of(true, false, false, false, false, true, true, true));
        int number = 1;
        for (WhatIfPlan.Step step : plan.steps()) {
            WhatIf.Candidate c = step.improvement();
            String name = standard.indicator(c.indicator()).map(i -> i.name().in(language)).orElse("");
            List<String> row = new ArrayList<>(List.of(String.valueOf(number++), c.indicator(),
                    name.length() > 40 ? name.substring(0, 39) + "…" : name, c.valueNow() + " -> " + c.bestValue(),
                    (c.percentNow() == null ? "-" : Numbers.fixed(c.percentNow(), 1)) + " -> " + Numbers.fixed(c.bestPercent(), 1),
                    Numbers.plain(step.points()), Numbers.fixed(step.score().movePointRight(2), 0) + "%",
                    String.valueOf(step.rank())));
            standard.groups().forEach(group -> row.add(String.valueOf(step.groupPoints().get(group.id()))));
            if (byCost) {
                row.add(Numbers.plain(c.cost()));
            }
            table.add(row);
        }
        if (!plan.steps().isEmpty()) {
            out.append('\n').append(table.render());
        }
        out.append("\nMost effective areas for ").append(plan.city())
                .append(" (points gained per indicator improved, improving that area alone)\n");
        if (plan.areas().isEmpty()) {
            out.append("  no area can earn a point on its own\n");
        } else {
            TextTable areas = new TextTable(List.of("Area", "Name", "Group", "Improvements", "Points gained", "Per improvement"),
                    List.of(false, false, false, true, true, true));
            for (WhatIfPlan.AreaEffect area : plan.areas()) {
                areas.add(List.of(area.area(), standard.area(area.area()).map(a -> a.name().in(language)).orElse(""),
                        area.group(), String.valueOf(area.improvements()), "+" + Numbers.plain(area.pointsGained()),
                        Numbers.fixed(area.pointsPerImprovement(), 2)));
            }
            out.append(areas.render());
        }
        return out.toString();
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
