package kz.etalon.report;

import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.Classification;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * The results of a standard of any shape as text: each city, its total and rank where the standard has
 * them, then each classification's tree of nodes (value, points and band label, the pooled points, "not
 * scored"). {@link ExplainReport} explains one city step by step.
 */
public final class NodeTable {

    private final Standard standard;
    private final Messages m;
    private final String language;
    private final StringBuilder out = new StringBuilder();

    private NodeTable(Standard standard, String language) {
        this.standard = standard;
        this.m = Messages.of(language);
        this.language = language;
    }

    public static String render(Evaluation evaluation, String language) {
        NodeTable table = new NodeTable(evaluation.standard(), language);
        table.heading(evaluation);
        evaluation.cities().forEach(table::city);
        return table.out.toString();
    }

    private void heading(Evaluation evaluation) {
        out.append(standard.id()).append(": ").append(standard.title().in(language)).append('\n');
        out.append(m.get("table.cities", evaluation.cities().size(), evaluation.citiesFile())).append('\n');
    }

    private void city(CityResult city) {
        out.append('\n').append(city.city());
        if (standard.method().ranked()) {
            out.append("  ").append(m.get("col.rank")).append(' ').append(city.rank());
        }
        if (city.score() != null) {
            out.append("  ").append(m.get("col.points")).append(' ').append(Numbers.plain(city.points())).append('/')
                    .append(Numbers.plain(standard.scoring().maxScore())).append("  ").append(m.get("col.index"))
                    .append(' ').append(m.number(city.index(), 1));
        }
        out.append('\n');
        for (Classification classification : standard.method().classifications()) {
            out.append("  ").append(classification.name().in(language)).append('\n');
            TextTable table = new TextTable(List.of("", "", "", "", ""), List.of(false, false, true, false, false));
            classification.nodes().stream().filter(node -> node.parent() == null)
                    .forEach(node -> node(table, city, node, 2));
            String body = table.body();
            out.append(body).append(body.endsWith("\n") ? "" : "\n");
        }
    }

    private void node(TextTable table, CityResult city, MethodNode node, int depth) {
        NodeResult result = city.node(node.key()).orElseThrow();
        String indent = " ".repeat(depth * 2);
        String value = result.scored() ? m.number(result.value(), 2) + unit() : m.get("nodes.not_scored");
        String points = result.points() == null ? "" : "-> " + result.points() + BandLabels.label(standard, node.bands(),
                result.points(), result.bandLine()).map(label -> "  " + label.in(language)).orElse("");
        String detail = result.scored() && node.measure() == MethodNode.Measure.POINTS && result.possible().signum() > 0
                ? m.get("nodes.of_points", Numbers.plain(result.amount()), Numbers.plain(result.possible())) : "";
        table.add(List.of(indent + node.id(), node.name().in(language), value, points, detail));
        standard.method().children(node).forEach(child -> node(table, city, child, depth + 1));
    }

    private String unit() {
        return standard.scoring().scale().compareTo(java.math.BigDecimal.valueOf(100)) == 0 ? " %" : "";
    }
}
