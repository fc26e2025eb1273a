package kz.etalon.web;

import io.javalin.http.Context;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.account.Right;
import kz.etalon.analysis.Goal;
import kz.etalon.analysis.WhatIf;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.result.CityResult;
import kz.etalon.standard.Standard;

/**
 * What a city would have to improve to reach a goal, as {@code ./etalon whatif} plans it: a form, then
 * the plan step by step (each indicator's value now and at its best, and where the city stands after
 * the step, as the rules compute it) and the areas where an improvement pays most.
 */
public final class WhatIfPage {

    /**
     * The visitor's question; {@code city} is null until one is chosen. The goal is {@code next-points},
     * {@code rank} or {@code score} with its {@code target} (the form's two fields), or written whole in
     * the address as the command line takes it ({@code goal=rank:3}).
     */
    public record Question(String standard, String data, String city, String goal, String target) {

        static Question of(String standard, String data, String city, String goalText) {
            String[] parts = goalText.split(":", 2);
            return new Question(standard, data, city, parts[0], parts.length > 1 ? parts[1].replace("%", "") : "");
        }
    }

    /** One improvement of the plan and where the city stands once it is made. */
    public record StepRow(int number, String indicator, String name, String value, String percent, String points,
                          String score, int rank, List<Integer> groupPoints) {
    }

    public record AreaRow(String area, String name, String group, int improvements, String gained, String perImprovement) {
    }

    /** The plan in the reader's words: the city's start, the goal, the outcome, the steps and the areas. */
    public record PlanView(String start, String goal, String outcome, boolean reached, List<String> groups,
                           List<StepRow> steps, List<AreaRow> areas) {
    }

    public record WhatIfModel(List<String> standards, List<String> dataSets, List<String> cities, Question question,
                              PlanView plan) {
    }

    private final Web web;
    private final Analyses analyses;

    WhatIfPage(Web web, Analyses analyses) {
        this.web = web;
        this.analyses = analyses;
    }

    void routes(Routes routes) {
        routes.get("/whatif", this::show);
    }

    private void show(Context ctx) {
        Visitor visitor = Visitor.require(ctx, Right.ANALYSE);
        List<String> standards = web.workspace().standards();
        String standard = web.standardId(Optional.ofNullable(blankless(ctx.queryParam("standard")))
                .orElse(standards.contains(Workspace.DEFAULT_STANDARD) ? Workspace.DEFAULT_STANDARD
                        : standards.isEmpty() ? null : standards.get(0)));
        String data = Optional.ofNullable(blankless(ctx.queryParam("data"))).orElseGet(() -> web.defaultDataSet(standard));
        Path dataFile = web.dataFile(data);
        Etalon.Evaluated evaluated = web.evaluated(standard, data);
        List<String> cities = evaluated.evaluation().cities().stream().map(CityResult::city).toList();
        String goalText = goalText(ctx);
        String asked = blankless(ctx.queryParam("city"));
        if (asked == null) {
            web.render(ctx, "whatif.jte", new WhatIfModel(standards, web.dataSets(), cities,
                    Question.of(standard, data, null, goalText), null));
            return;
        }
        String city = cities.stream().filter(name -> name.equalsIgnoreCase(asked)).findFirst()
                .orElseThrow(() -> new NotFound("city " + asked));
        Goal goal = Goal.parse(goalText).orElseThrow(() -> InputException.of(Location.of(Path.of("goal")),
                "`" + goalText + "` is not " + Goal.FORMS));
        List<Path> files = List.of(web.workspace().standardFile(standard), dataFile);
        Goal planFor = normalised(goal, cities.size());
        Etalon.Planned planned = analyses.answer(visitor.account().name(), "whatif " + city + " " + planFor.text(), files,
                () -> web.app().whatif(standard, dataFile, city, planFor, null));
        Words words = new Words(visitor.language());
        web.render(ctx, "whatif.jte", new WhatIfModel(standards, web.dataSets(), cities,
                Question.of(standard, data, city, goal.text()), view(planned, goal, words)));
    }

    /**
     * The goal as the plan for it is computed: a rank past the last one means "any rank", which every city
     * has reached already, so it is planned as the last rank (however it was written, it is computed once).
     */
    static Goal normalised(Goal goal, int cities) {
        return goal.kind() == Goal.Kind.RANK && goal.value().intValue() > cities && cities > 0
                ? new Goal(Goal.Kind.RANK, java.math.BigDecimal.valueOf(cities)) : goal;
    }

    /** {@code goal=rank&target=3} as {@code rank:3}; a goal written whole, or none ({@code next-points}), as it is. */
    private static String goalText(Context ctx) {
        String goal = Optional.ofNullable(blankless(ctx.queryParam("goal"))).orElse("next-points");
        String target = blankless(ctx.queryParam("target"));
        boolean needsTarget = goal.equalsIgnoreCase("rank") || goal.equalsIgnoreCase("score");
        return needsTarget ? goal + ":" + (target == null ? "" : target + (goal.equalsIgnoreCase("score") ? "%" : "")) : goal;
    }

    /** The plan in the reader's words, with the goal as the visitor asked it. */
    private static PlanView view(Etalon.Planned planned, Goal asked, Words words) {
        Messages m = words.messages();
        IndicatorLabels labels = new IndicatorLabels(m);
        Standard standard = planned.standard().standard();
        WhatIfPlan plan = planned.plan();
        CityResult start = plan.start();
        String header = m.get("whatif.header", plan.city(), standard.id(), start.rank(), words.number(start.points()),
                words.number(start.score().movePointRight(2), 0), words.number(start.index(), 1));
        String goal = switch (asked.kind()) {
            case NEXT_POINTS -> m.get("whatif.goal.nextPoints");
            case RANK -> m.get("whatif.goal.rank", asked.value().intValue());
            case SCORE -> m.get("whatif.goal.score", m.plain(asked.value().movePointRight(2)));
        };
        String outcome;
        if (!plan.reached()) {
            outcome = plan.steps().isEmpty() ? m.get("whatif.nothingLeft")
                    : m.get("whatif.unreachable", words.number(last(plan).points()), last(plan).rank());
        } else {
            outcome = m.get("whatif.fewest", plan.steps().size()) + (plan.optimal() ? "" : " " + m.get("whatif.notOptimal"));
        }
        List<String> groups = standard.groups().stream().map(group -> group.id()).toList();
        List<StepRow> steps = new ArrayList<>();
        int number = 1;
        for (WhatIfPlan.Step step : plan.steps()) {
            WhatIf.Candidate c = step.improvement();
            steps.add(new StepRow(number++, c.indicator(), standard.indicator(c.indicator()).map(i -> words.name(i.name())).orElse(""),
                    labels.value(c.valueNow()) + " → " + labels.value(c.bestValue()),
                    words.number(c.percentNow(), 1) + " → " + words.number(c.bestPercent(), 1),
                    words.number(step.points()), percent(step.score(), words), step.rank(),
                    groups.stream().map(group -> step.groupPoints().get(group)).toList()));
        }
        List<AreaRow> areas = plan.areas().stream().map(area -> new AreaRow(area.area(),
                standard.area(area.area()).map(a -> words.name(a.name())).orElse(""), area.group(), area.improvements(),
                "+" + words.number(area.pointsGained()), words.number(area.pointsPerImprovement(), 2))).toList();
        return new PlanView(header, m.get("whatif.goal", goal), outcome, plan.reached(), groups, steps, areas);
    }

    private static WhatIfPlan.Step last(WhatIfPlan plan) {
        return plan.steps().get(plan.steps().size() - 1);
    }

    private static String percent(java.math.BigDecimal score, Words words) {
        return words.number(score.movePointRight(2), 0) + "%";
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
