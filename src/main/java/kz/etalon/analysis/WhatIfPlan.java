package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.etalon.result.CityResult;

/**
 * A what-if plan for one city: the improvements in order, with the city's points, score, rank and
 * group points after each (as the rules compute them), and the areas where an improvement pays most.
 * {@code optimal} says the search's choice reached the goal as planned; {@code reached} whether the
 * goal is reachable by improving indicators at all.
 */
public record WhatIfPlan(String city, Goal goal, CityResult start, boolean reached, boolean optimal, List<Step> steps,
                         List<AreaEffect> areas) {

    public WhatIfPlan {
        steps = List.copyOf(steps);
        areas = List.copyOf(areas);
    }

    public BigDecimal totalCost() {
        return steps.stream().map(step -> step.improvement().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One improvement and where the city stands once it and every earlier one are made. */
    public record Step(WhatIf.Candidate improvement, BigDecimal points, BigDecimal score, int rank,
                       Map<String, Integer> groupPoints) {
    }

    /** What improving an area's indicators can earn: the best points gained per improvement. */
    public record AreaEffect(String area, String group, int improvements, BigDecimal pointsGained,
                             BigDecimal pointsPerImprovement) {
    }
}
