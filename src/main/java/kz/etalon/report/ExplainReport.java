package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.Classification;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;
import kz.etalon.standard.Total;

/**
 * How one city's result came about, as text, for a standard of any shape: each classification's tree,
 * each node under a heading with its level, id and YAML line, its children and its indicators (value ->
 * percent -> points, with the rule and line), then the steps the rules said they took for it
 * ({@link ReckoningText}); then the total, index and rank where the standard has them.
 */
public final class ExplainReport {

    private final Standard standard;
    private final String file;
    private final String language;
    private final Messages m;
    private final IndicatorLabels labels;
    private final ReckoningText reckonings;
    private final StringBuilder out = new StringBuilder();

    private ExplainReport(Evaluation evaluation, String language) {
        this.standard = evaluation.standard();
        this.file = String.valueOf(standard.file());
        this.language = language;
        this.m = Messages.of(language);
        this.labels = new IndicatorLabels(m);
        this.reckonings = new ReckoningText(standard, m, language);
    }

    public static String render(Evaluation evaluation, CityResult city, String language) {
        ExplainReport report = new ExplainReport(evaluation, language);
        report.write(evaluation, city);
        return report.out.toString();
    }

    private void write(Evaluation evaluation, CityResult city) {
        out.append(standard.method().ranked()
                ? m.get("explain.header", city.city(), city.rank(), evaluation.cities().size(), standard.id(), file)
                : m.get("explain.headerUnranked", city.city(), standard.id(), file)).append('\n');
        // a v1 file's one classification has no name of its own: its groups head the explanation
        boolean named = !standard.groupsAndAreas();
        for (Classification classification : standard.method().classifications()) {
            if (named) {
                out.append('\n').append(classification.name().in(language)).append('\n');
            }
            classification.nodes().stream().filter(node -> node.parent() == null)
                    .forEach(node -> node(city, node, named ? 1 : 0));
        }
        if (city.score() != null) {
            totals(city);
        }
    }

    private void node(CityResult city, MethodNode node, int depth) {
        NodeResult result = city.node(node.key()).orElseThrow();
        String indent = "  ".repeat(depth);
        if (node.parent() == null) {
            out.append('\n');
        }
        String level = reckonings.level(node);
        out.append(indent).append(m.get("explain.nodeHeader", node.name().in(language), (level + " " + node.id()).strip(),
                file + ":" + node.at().line())).append('\n');
        standard.method().children(node).forEach(child -> node(city, child, depth + 1));
        indicators(city, node, indent + "  ");
        TextTable steps = new TextTable(List.of("", "", ""), List.of(false, false, false));
        for (Explanation.Step step : reckonings.steps(node, result)) {
            steps.add(List.of(indent + "  " + step.label(), step.value(), rule(step.rule())));
        }
        out.append(steps.body());
    }

    private void indicators(CityResult city, MethodNode node, String indent) {
        if (node.indicators().isEmpty()) {
            return;
        }
        TextTable rows = new TextTable(List.of("", "", "", "", "", ""), List.of(false, false, true, true, false, false));
        for (String id : node.indicators()) {
            IndicatorResult result = city.indicator(id).orElseThrow();
            Indicator indicator = standard.indicator(id).orElseThrow();
            rows.add(List.of(indent + id, shorten(indicator.name().in(language), 48),
                    result.missing() ? "(" + m.get("explain.missing") + ")" : labels.value(result.value()),
                    earned(indicator, result), rule(m.ruleName(result.rule())), file + ":" + indicator.at().line()));
        }
        out.append(rows.body());
    }

    /** The percent and, where banded, the points and band label; "left out" or "not scored (no benchmark)" when none. */
    private String earned(Indicator indicator, IndicatorResult result) {
        if (result.percent() == null) {
            return result.missing() ? m.get("explain.leftOut")
                    : m.notScoredBy(result.rule());
        }
        String percent = m.number(result.percent(), 1) + "%";
        if (result.points() == null) {
            return percent;
        }
        return percent + " -> " + result.points() + BandLabels.label(standard, standard.method().spec(indicator.id()).bands(),
                result.points(), result.bandLine()).map(label -> " (" + label.in(language) + ")").orElse("");
    }

    private void totals(CityResult city) {
        List<String> weighted = new ArrayList<>();
        List<String> index = new ArrayList<>();
        BigDecimal factors = BigDecimal.ZERO;
        for (MethodNode node : standard.method().totalNodes()) {
            NodeResult result = city.node(node.key()).orElseThrow();
            if (result.weighted() != null) {
                weighted.add(m.plain(result.weighted()));
                index.add(m.plain(result.factor()) + " x " + m.number(result.value(), 2));
                factors = factors.add(result.factor());
            }
        }
        boolean percent = standard.method().total().map(Total::scale).orElse(null) == Total.Scale.PERCENT_OF_MAX;
        String score = percent ? m.number(city.score(), 2) + " %" : m.number(city.score(), 4);
        out.append('\n').append(m.get("explain.totalLine", String.join(" + ", weighted), m.plain(city.points()),
                m.plain(standard.scoring().maxScore()), score)).append("  ").append(rule(m.ruleName(city.totalRule())))
                .append('\n');
        out.append(m.get("explain.indexLine", String.join(" + ", index), m.plain(factors), m.number(city.index(), 2)))
                .append("  ").append(rule(m.ruleName(city.indexRule()))).append('\n');
        if (standard.method().ranked()) {
            List<String> tieBreak = standard.tieBreak().stream()
                    .map(key -> m.has("tieBreak." + key) ? m.get("tieBreak." + key) : key).toList();
            out.append(m.get("explain.rankLine", city.rank(), String.join(", ", tieBreak), file)).append('\n');
        }
    }

    private String rule(String readersName) {
        return m.get("explain.rule", readersName);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
