package kz.etalon.report;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;

/**
 * How one city's total came about, as text: the {@link Explanation} (value -> percent -> area -> group ->
 * rounded average -> band -> points x factor -> total, each with its rule) with the YAML line of each
 * indicator.
 */
public final class ExplainReport {

    private final String file;
    private final Messages m;
    private final StringBuilder out = new StringBuilder();

    private ExplainReport(Evaluation evaluation, String language) {
        this.file = String.valueOf(evaluation.standard().file());
        this.m = Messages.of(language);
    }

    public static String render(Evaluation evaluation, CityResult city, String language) {
        if (!evaluation.standard().groupsAndAreas()) {
            return NodeTable.explain(evaluation, city, language);
        }
        ExplainReport report = new ExplainReport(evaluation, language);
        report.write(Explanation.of(evaluation, city, language));
        return report.out.toString();
    }

    private void write(Explanation explanation) {
        out.append(explanation.heading()).append('\n');
        for (Explanation.GroupSteps group : explanation.groups()) {
            out.append('\n').append(group.heading()).append('\n');
            group.areas().forEach(this::area);
            TextTable steps = new TextTable(List.of("", "", ""), List.of(false, false, false));
            for (Explanation.Step step : group.steps()) {
                steps.add(List.of("  " + step.label(), step.value(), rule(step.rule())));
            }
            out.append(steps.body());
        }
        out.append('\n');
        for (Explanation.Step step : explanation.totals()) {
            out.append(step.value());
            if (step.rule() != null) {
                out.append("  ").append(rule(step.rule()));
            }
            out.append('\n');
        }
    }

    private void area(Explanation.AreaSteps area) {
        out.append("  ").append(area.name()).append(" (").append(area.id()).append(")\n");
        TextTable rows = new TextTable(List.of("", "", "", "", "", ""), List.of(false, false, true, true, false, false));
        for (Explanation.IndicatorStep indicator : area.indicators()) {
            rows.add(List.of("    " + indicator.id(), shorten(indicator.name(), 48),
                    indicator.missing() ? "(" + indicator.value() + ")" : indicator.value(), indicator.percent(),
                    rule(indicator.rule()), file + ":" + indicator.line().line()));
        }
        out.append(rows.body());
        out.append("    ").append(area.average().value()).append("  ").append(rule(area.average().rule())).append('\n');
    }

    private String rule(String readersName) {
        return m.get("explain.rule", readersName);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
