package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.problem.Location;

/**
 * An {@code etalon/v2} standard that has exactly the shape of {@code etalon/v1} — one classification of
 * groups (the mean of their areas, banded by one rounded table, weighted by a named factor, 0 when no area
 * is scored) over areas (the mean of their indicators), a total out of a maximum, a ranking — read as the v1
 * standard it is, so that it keeps v1's groups and areas in every output, analysis and form (kz-2026 is
 * written in v2 and gives the same figures and JSON keys as when it was written in v1). Any other shape,
 * or a node with anything v1 cannot say (a code, attributes, weights, band labels), stays a v2 standard.
 */
final class V1Shape {

    private V1Shape() {
    }

    static Optional<Standard> of(Standard standard, Map<String, BigDecimal> factors, Map<String, String> factorNames) {
        Method method = standard.method();
        if (method.classifications().size() != 1 || method.total().isEmpty() || !method.ranked()
                || method.indicators().stream().anyMatch(i -> !IndicatorSpec.NONE.equals(method.spec(i.id())))) {
            return Optional.empty();
        }
        List<MethodNode> nodes = method.classifications().get(0).nodes();
        List<MethodNode> roots = nodes.stream().filter(node -> node.parent() == null).toList();
        if (roots.isEmpty()) {
            return Optional.empty();
        }
        BandTable table = method.bandTables().get(roots.get(0).bands());
        if (table == null || !v1Table(table)) {
            return Optional.empty();
        }
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        method.indicators().forEach(indicator -> indicators.put(indicator.id(), indicator));
        List<Group> groups = new ArrayList<>();
        for (MethodNode root : roots) {
            if (!plain(root) || !table.id().equals(root.bands()) || !factorNames.containsKey(root.key())
                    || root.missing() != MethodNode.NodeMissing.ZERO || !root.indicators().isEmpty()) {
                return Optional.empty();
            }
            groups.add(new Group(root.id(), factorNames.get(root.key()), root.name(),
                    method.children(root).stream().map(MethodNode::id).toList(), root.at()));
        }
        List<Area> areas = new ArrayList<>();   // in the file's order, as v1 lists them
        int placed = 0;
        for (MethodNode leaf : nodes.stream().filter(node -> node.parent() != null).toList()) {
            MethodNode parent = method.node(leaf.parent()).orElseThrow();
            if (parent.parent() != null || !plain(leaf) || leaf.bands() != null || leaf.factor() != null
                    || leaf.indicators().isEmpty() || leaf.missing() != MethodNode.NodeMissing.NOT_SCORED) {
                return Optional.empty();
            }
            areas.add(new Area(leaf.id(), leaf.name(), leaf.indicators().stream().map(indicators::get).toList(), leaf.at()));
            placed += leaf.indicators().size();
        }
        if (placed != indicators.size() || areas.stream().flatMap(a -> a.indicators().stream()).distinct().count() != placed) {
            return Optional.empty();   // an indicator in no area, or in two
        }
        Scoring v2 = standard.scoring();
        Map<String, Location> lines = new LinkedHashMap<>(standard.lines());
        lines.putIfAbsent("scoring.bands", table.at());
        Location factorsAt = standard.lineOf("factors");
        Scoring scoring = new Scoring(v2.scale(), table.rounding(), v2.missing(), bands(table), factors, v2.maxScore(),
                v2.maxScoreAt(), factorsAt);
        return Optional.of(new Standard(standard.file(), standard.id(), standard.year(), standard.title(), standard.source(),
                standard.rules(), scoring, standard.tieBreak(), groups, areas, lines, standard.status(), standard.basedOn()));
    }

    /** A node that is a plain mean of percents, with nothing v1 has no word for. */
    private static boolean plain(MethodNode node) {
        return node.aggregation().equals("mean") && node.measure() == MethodNode.Measure.PERCENT && node.scored()
                && node.weights().isEmpty() && node.code() == null && node.attributes().isEmpty();
    }

    private static boolean v1Table(BandTable table) {
        return table.bounds() == BandTable.Bounds.ROUNDED && table.steps().stream().allMatch(step -> step.to() != null
                && step.colour() == null && step.label().equals(LocalizedText.NONE));
    }

    private static List<Band> bands(BandTable table) {
        List<Band> bands = new ArrayList<>();
        for (BandStep step : table.steps()) {
            bands.add(new Band(bands.size() + 1, step.from(), step.to(), step.points(), step.at()));
        }
        return bands;
    }
}
