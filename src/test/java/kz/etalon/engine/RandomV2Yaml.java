package kz.etalon.engine;

import java.util.List;
import java.util.Map;
import kz.etalon.engine.ReferenceV2Scorer.Indicator;
import kz.etalon.engine.ReferenceV2Scorer.Node;
import kz.etalon.engine.ReferenceV2Scorer.Spec;
import kz.etalon.engine.ReferenceV2Scorer.Step;
import kz.etalon.engine.ReferenceV2Scorer.Table;

/** Writes a random v2 spec (RandomV2Cases) as the etalon/v2 YAML a user would write. */
final class RandomV2Yaml {

    private RandomV2Yaml() {
    }

    static String write(long seed, Spec spec) {
        StringBuilder y = new StringBuilder();
        y.append("# generated v2 case, seed ").append(seed).append('\n');
        y.append("schema: etalon/v2\nid: case\nyear: 2024\n");
        y.append("title: {en: \"Generated case ").append(seed).append("\", ru: \"Случай\", kk: \"Жағдай\"}\n");
        y.append("rules: [common]\n");
        y.append("missing: ").append(spec.missingZero() ? "zero" : "exclude").append('\n');
        y.append("bands:\n");
        for (Table table : spec.tables().values()) {
            y.append("  ").append(table.id()).append(":\n    bounds: exact\n    steps:\n");
            for (Step step : table.steps()) {
                y.append("      - {");
                if (step.from() != null) {
                    y.append("from: ").append(step.from().toPlainString()).append(", ");
                }
                if (step.below() != null) {
                    y.append("below: ").append(step.below().toPlainString()).append(", ");
                }
                y.append("points: ").append(step.points()).append("}\n");
            }
        }
        y.append("indicators:\n");
        for (Indicator indicator : spec.indicators()) {
            y.append("  - {id: ").append(indicator.id()).append(", method: ").append(indicator.method());
            if (indicator.target() != null) {
                y.append(", target: ").append(indicator.target().toPlainString());
            }
            if (indicator.lower()) {
                y.append(", better: lower");
            }
            if (indicator.bands() != null) {
                y.append(", bands: ").append(indicator.bands());
            }
            y.append(", name: ").append(name("Indicator " + indicator.id())).append("}\n");
        }
        y.append("classifications:\n");
        for (String classification : spec.classifications()) {
            y.append("  - id: ").append(classification).append("\n    name: ").append(name("Classification " + classification))
                    .append("\n    nodes:\n");
            for (Node node : spec.nodes()) {
                if (node.classification().equals(classification)) {
                    node(y, node);
                }
            }
        }
        if (spec.totalClassification() != null) {
            y.append("total:\n  classification: ").append(spec.totalClassification()).append("\n  scale: ")
                    .append(spec.percentOfMax() ? "percent_of_max" : "share_of_max").append('\n');
            if (spec.ranked()) {
                y.append("ranking:\n  tie_break: [index]\n");
            }
        }
        return y.toString();
    }

    private static void node(StringBuilder y, Node node) {
        y.append("      - {id: ").append(node.id());
        if (node.parent() != null) {
            y.append(", parent: ").append(node.parent());
        }
        y.append(", aggregation: ").append(node.aggregation());
        if (node.measurePoints()) {
            y.append(", measure: points");
        }
        if (node.bands() != null) {
            y.append(", bands: ").append(node.bands());
        }
        if (node.factor() != null) {
            y.append(", factor: ").append(node.factor().toPlainString());
        }
        y.append(", missing: ").append(node.missingZero() ? "zero" : "not_scored");
        if (!node.weights().isEmpty()) {
            y.append(", weights: {");
            y.append(String.join(", ", node.weights().entrySet().stream()
                    .map((Map.Entry<String, Integer> e) -> e.getKey() + ": " + e.getValue()).toList()));
            y.append('}');
        }
        if (!node.indicators().isEmpty()) {
            y.append(", indicators: [").append(String.join(", ", node.indicators())).append(']');
        }
        y.append(", name: ").append(name("Node " + node.id())).append("}\n");
    }

    private static String name(String english) {
        return "{en: \"" + english + "\", ru: \"Имя\", kk: \"Атау\"}";
    }
}
