package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
import kz.etalon.result.NodeResult;
import kz.etalon.result.Reckoning;
import kz.etalon.standard.BandStep;
import kz.etalon.standard.BandTable;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * A node's steps in the reader's words, from what the rules said they did: the aggregation with its
 * operands and result (the {@link Reckoning}), the rounding, the band chosen with its label or range and
 * line, and the points weighed by the factor. Words come from the bundle by the rules' own aggregation
 * names; an aggregation a standard's rules add is shown by its name.
 */
final class ReckoningText {

    private final Standard standard;
    private final Messages m;
    private final String language;

    ReckoningText(Standard standard, Messages m, String language) {
        this.standard = standard;
        this.m = m;
        this.language = language;
    }

    /** The steps of {@code node}'s result: its value, then rounding, band and weighting where it had them. */
    List<Explanation.Step> steps(MethodNode node, NodeResult result) {
        List<Explanation.Step> steps = new ArrayList<>();
        steps.add(new Explanation.Step(label(node, result), value(node, result), m.ruleName(result.rules().value()),
                node.at()));
        BandTable table = node.bands() == null ? null : standard.method().bandTables().get(node.bands());
        if (result.rounded() != null && table != null && table.rounding() != null) {
            String mode = "rounding." + table.rounding().modeKey();
            steps.add(new Explanation.Step(m.get("explain.rounded"), m.get("explain.roundedValue", m.plain(result.rounded()),
                    m.has(mode) ? m.get(mode) : table.rounding().modeKey(), table.rounding().decimals()),
                    m.ruleName(result.rules().rounding()), table.at()));
        }
        if (result.points() != null) {
            Location line = Location.of(standard.file()).atLine(result.bandLine());
            steps.add(new Explanation.Step(m.get("explain.band"), m.get("explain.bandValue", band(table, result),
                    result.points(), standard.file() + ":" + result.bandLine()), m.ruleName(result.rules().band()), line));
        }
        if (result.weighted() != null) {
            steps.add(new Explanation.Step(m.get("explain.weighted"), result.points() + " x " + factorName(node)
                    + m.plain(result.factor()) + (factorName(node).isEmpty() ? "" : ")") + " = " + m.plain(result.weighted()),
                    m.ruleName(result.rules().factor()), node.at()));
        }
        return steps;
    }

    /** The aggregation's word, with the node's level where the standard names one: {@code group average}. */
    private String label(MethodNode node, NodeResult result) {
        String aggregation = result.reckoning() == null ? null : result.reckoning().aggregation();
        String word = aggregation != null && m.has("reckon.word." + aggregation) ? m.get("reckon.word." + aggregation)
                : m.get("reckon.word.value");
        String level = level(node);
        return level.isEmpty() ? word : m.get("reckon.ofLevel", level, word);
    }

    /** The node's level in the reader's words ({@code group}, {@code сфера}), the standard's own word, or nothing. */
    String level(MethodNode node) {
        return m.has("level." + node.level()) ? m.get("level." + node.level()) : node.level();
    }

    /** What the aggregation did: its operands and what they came to. */
    private String value(MethodNode node, NodeResult result) {
        Reckoning reckoning = result.reckoning();
        String value = result.scored() ? m.number(result.value(), 2) + unit(node) : m.get("nodes.not_scored");
        if (reckoning == null) {
            return value;
        }
        List<Reckoning.Operand> operands = reckoning.operands();
        String shares = join(operands, operand -> m.number(operand.share(), 2), " + ");
        String text = switch (reckoning.aggregation()) {
            case "mean" -> m.get("reckon.mean", shares, operands.size(), value);
            case "pooled" -> m.get(node.measure() == MethodNode.Measure.POINTS ? "reckon.pooledPoints" : "reckon.pooled",
                    join(operands, operand -> m.plain(operand.amount()), " + "),
                    join(operands, operand -> m.plain(operand.possible()), " + "), m.plain(result.amount()),
                    m.plain(result.possible()), value);
            case "weighted" -> m.get("reckon.weighted", join(operands, operand -> m.plain(operand.weight()) + " x "
                    + m.number(operand.share(), 2), " + "), join(operands, operand -> m.plain(operand.weight()), " + "), value);
            case "sum" -> m.get("reckon.sum", join(operands, operand -> m.plain(operand.amount()), " + "), value);
            case "min" -> m.get("reckon.min", join(operands, operand -> m.number(operand.share(), 2), ", "), value);
            case "not_scored" -> m.get("reckon.not_scored");
            case "zero" -> m.get("reckon.zero");
            default -> m.get("reckon.other", "`" + reckoning.aggregation() + "`",
                    join(operands, operand -> m.number(operand.share(), 2), ", "), value);
        };
        if (!reckoning.leftOut().isEmpty()) {
            // the items left out are listed above the step, each saying why: their number is enough here
            text += m.get("reckon.leftOut", reckoning.leftOut().size());
        }
        return text;
    }

    /** The band chosen: its label in the reader's language, else its range (v1: {@code band 61..80}). */
    private String band(BandTable table, NodeResult result) {
        Optional<BandStep> step = table == null ? Optional.empty() : table.atLine(result.bandLine());
        if (step.isEmpty()) {
            return m.get("explain.band");
        }
        if (!step.get().label().isEmpty()) {
            return step.get().label().in(language);
        }
        return m.get("explain.bandRange", m.plain(step.get().from()), step.get().to() == null ? "" : m.plain(step.get().to()));
    }

    /** A v1 group's factor by its name ({@code K2 (}), else nothing: a v2 node's factor has no name. */
    private String factorName(MethodNode node) {
        if (!standard.groupsAndAreas()) {
            return "";
        }
        return standard.groups().stream().filter(group -> group.id().equals(node.id())).findFirst()
                .map(group -> group.factor() + " (").orElse("");
    }

    private String unit(MethodNode node) {
        return standard.groupsAndAreas() || standard.scoring().scale().compareTo(BigDecimal.valueOf(100)) != 0 ? "" : " %";
    }

    private static String join(List<Reckoning.Operand> operands, java.util.function.Function<Reckoning.Operand, String> shown,
                               String separator) {
        return operands.stream().map(shown).collect(Collectors.joining(separator));
    }
}
