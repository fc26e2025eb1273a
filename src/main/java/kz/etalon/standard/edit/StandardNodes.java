package kz.etalon.standard.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Finds the parts of a standard a form edits (an area, an indicator, a band, the factors), or says what exists. */
final class StandardNodes {

    /** An item of a list, with the entry ({@code indicators: ...}) that holds the list. */
    record Item(NodeTuple holder, SequenceNode list, int index, MappingNode mapping) {
    }

    private StandardNodes() {
    }

    static NodeTuple areasEntry(YamlText y) {
        NodeTuple areas = YamlText.entry(y.root, "areas").orElseThrow(() -> InputException.of(YamlText.at(y.root),
                "the standard has no `areas:`; write the areas first"));
        if (!(areas.getValueNode() instanceof SequenceNode)) {
            throw InputException.of(YamlText.at(areas.getKeyNode()), "`areas` should be a list of areas");
        }
        return areas;
    }

    static List<MappingNode> areas(YamlText y) {
        List<MappingNode> areas = new ArrayList<>();
        for (Node node : ((SequenceNode) areasEntry(y).getValueNode()).getValue()) {
            if (node instanceof MappingNode mapping) {
                areas.add(mapping);
            }
        }
        return areas;
    }

    static MappingNode area(YamlText y, String areaId) {
        List<String> known = new ArrayList<>();
        for (MappingNode area : areas(y)) {
            Optional<String> id = YamlText.scalar(area, "id");
            if (id.isPresent() && id.get().equals(areaId)) {
                return area;
            }
            id.ifPresent(known::add);
        }
        throw InputException.of(YamlText.at(areasEntry(y).getKeyNode()), "no area `" + areaId + "` in the standard;"
                + " known areas: " + String.join(", ", known));
    }

    /** The {@code indicators:} entry of an area, if it has one. */
    static Optional<NodeTuple> indicatorsEntry(MappingNode area) {
        return YamlText.entry(area, "indicators");
    }

    static Optional<Item> findIndicator(YamlText y, String indicatorId) {
        if (V2Nodes.declared(y)) {
            NodeTuple entry = V2Nodes.indicatorsEntry(y);
            SequenceNode list = (SequenceNode) entry.getValueNode();
            for (int i = 0; i < list.getValue().size(); i++) {
                if (list.getValue().get(i) instanceof MappingNode indicator
                        && YamlText.scalar(indicator, "id").filter(indicatorId::equals).isPresent()) {
                    return Optional.of(new Item(entry, list, i, indicator));
                }
            }
            return Optional.empty();
        }
        for (MappingNode area : areas(y)) {
            Optional<NodeTuple> entry = indicatorsEntry(area);
            if (entry.isEmpty() || !(entry.get().getValueNode() instanceof SequenceNode list)) {
                continue;
            }
            for (int i = 0; i < list.getValue().size(); i++) {
                if (list.getValue().get(i) instanceof MappingNode indicator
                        && YamlText.scalar(indicator, "id").filter(indicatorId::equals).isPresent()) {
                    return Optional.of(new Item(entry.get(), list, i, indicator));
                }
            }
        }
        return Optional.empty();
    }

    static Item indicator(YamlText y, String indicatorId) {
        return findIndicator(y, indicatorId).orElseThrow(() -> {
            if (V2Nodes.declared(y)) {
                NodeTuple entry = V2Nodes.indicatorsEntry(y);
                return InputException.of(YamlText.at(entry.getKeyNode()), "no indicator `" + indicatorId
                        + "` in the standard; known indicators: " + String.join(", ", ((SequenceNode) entry.getValueNode())
                        .getValue().stream().filter(MappingNode.class::isInstance)
                        .flatMap(i -> YamlText.scalar((MappingNode) i, "id").stream()).toList()));
            }
            String area = indicatorId == null ? "" : indicatorId.replaceAll("\\..*", "");
            List<String> inArea = new ArrayList<>();
            List<String> all = new ArrayList<>();
            Location where = YamlText.at(areasEntry(y).getKeyNode());
            for (MappingNode each : areas(y)) {
                boolean same = YamlText.scalar(each, "id").filter(area::equals).isPresent();
                if (same) {
                    where = indicatorsEntry(each).map(t -> YamlText.at(t.getKeyNode())).orElse(YamlText.at(each));
                }
                indicatorsEntry(each).filter(t -> t.getValueNode() instanceof SequenceNode).ifPresent(t -> {
                    for (Node item : ((SequenceNode) t.getValueNode()).getValue()) {
                        if (item instanceof MappingNode m) {
                            YamlText.scalar(m, "id").ifPresent(id -> (same ? inArea : all).add(id));
                        }
                    }
                });
            }
            return InputException.of(where, "no indicator `" + indicatorId + "` in the standard; "
                    + (inArea.isEmpty() ? "known indicators: " + String.join(", ", all)
                    : "area " + area + " has " + String.join(", ", inArea)));
        });
    }

    static NodeTuple scoringPart(YamlText y, String key) {
        Optional<NodeTuple> scoring = YamlText.entry(y.root, "scoring");
        if (scoring.isEmpty() || !(scoring.get().getValueNode() instanceof MappingNode mapping)) {
            throw InputException.of(scoring.map(t -> YamlText.at(t.getKeyNode())).orElse(YamlText.at(y.root)),
                    "the standard has no `scoring:` mapping; write `scoring:` with `" + key + ":` first");
        }
        return YamlText.entry(mapping, key).orElseThrow(() -> InputException.of(YamlText.at(scoring.get().getKeyNode()),
                "`scoring` has no `" + key + ":`; write it first"));
    }

    static MappingNode band(YamlText y, int points) {
        if (V2Nodes.declared(y)) {
            List<String> known = new ArrayList<>();
            for (SequenceNode steps : V2Nodes.bandSteps(y)) {
                for (Node item : steps.getValue()) {
                    if (item instanceof MappingNode band) {
                        Optional<String> value = YamlText.scalar(band, "points");
                        if (value.isPresent() && sameNumber(value.get(), points)) {
                            return band;
                        }
                        value.ifPresent(known::add);
                    }
                }
            }
            throw InputException.of(YamlText.at(V2Nodes.anchor(y)), "no band gives " + points + " points; bands give "
                    + (known.isEmpty() ? "none" : String.join(", ", known)) + " points");
        }
        NodeTuple bands = scoringPart(y, "bands");
        List<String> known = new ArrayList<>();
        if (bands.getValueNode() instanceof SequenceNode list) {
            for (Node item : list.getValue()) {
                if (item instanceof MappingNode band) {
                    Optional<String> value = YamlText.scalar(band, "points");
                    if (value.isPresent() && sameNumber(value.get(), points)) {
                        return band;
                    }
                    value.ifPresent(known::add);
                }
            }
        }
        throw InputException.of(YamlText.at(bands.getKeyNode()), "no band gives " + points + " points; bands give "
                + (known.isEmpty() ? "none" : String.join(", ", known)) + " points");
    }

    static MappingNode factors(YamlText y) {
        NodeTuple factors = V2Nodes.declared(y) ? YamlText.entry(y.root, "factors").orElseThrow(() -> InputException.of(
                YamlText.at(y.root), "the standard has no `factors:`; write `factors: {K1: 1}` first"))
                : scoringPart(y, "factors");
        if (!(factors.getValueNode() instanceof MappingNode mapping)) {
            throw InputException.of(YamlText.at(factors.getKeyNode()), "`factors` should be a mapping such as {K1: 1, K2: 2}");
        }
        return mapping;
    }

    static NodeTuple factor(YamlText y, String name) {
        MappingNode factors = factors(y);
        return YamlText.entry(factors, name).orElseThrow(() -> InputException.of(YamlText.at(factors),
                "no factor `" + name + "`; known factors: " + String.join(", ", factors.getValue().stream()
                        .map(t -> t.getKeyNode()).filter(ScalarNode.class::isInstance)
                        .map(n -> ((ScalarNode) n).getValue()).toList())));
    }

    private static boolean sameNumber(String text, int number) {
        try {
            return new BigDecimal(text.strip()).compareTo(BigDecimal.valueOf(number)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
