package kz.etalon.standard.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.etalon.problem.InputException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The parts of an {@code etalon/v2} standard a form edits: the one list of indicators at the top, the
 * nodes of the classifications (whose {@code indicators: [...]} name them), the band tables under
 * {@code bands:} and the named factors under {@code factors:}.
 */
final class V2Nodes {

    /** A node's {@code indicators:} entry and its list of ids. */
    record Members(NodeTuple holder, SequenceNode ids) {
    }

    private V2Nodes() {
    }

    static boolean declared(YamlText y) {
        return YamlText.scalar(y.root, "schema").filter("etalon/v2"::equals).isPresent();
    }

    static NodeTuple indicatorsEntry(YamlText y) {
        NodeTuple entry = YamlText.entry(y.root, "indicators").orElseThrow(() -> InputException.of(YamlText.at(y.root),
                "the standard has no `indicators:`; write the indicators first"));
        if (!(entry.getValueNode() instanceof SequenceNode)) {
            throw InputException.of(YamlText.at(entry.getKeyNode()), "`indicators` should be a list of indicators");
        }
        return entry;
    }

    /** Every node of every classification, in file order. */
    static List<MappingNode> nodes(YamlText y) {
        List<MappingNode> nodes = new ArrayList<>();
        YamlText.entry(y.root, "classifications").map(NodeTuple::getValueNode).filter(SequenceNode.class::isInstance)
                .ifPresent(list -> ((SequenceNode) list).getValue().stream().filter(MappingNode.class::isInstance)
                        .flatMap(c -> YamlText.entry((MappingNode) c, "nodes").stream())
                        .map(NodeTuple::getValueNode).filter(SequenceNode.class::isInstance)
                        .forEach(each -> ((SequenceNode) each).getValue().stream().filter(MappingNode.class::isInstance)
                                .forEach(node -> nodes.add((MappingNode) node))));
        return nodes;
    }

    /** The node that holds indicators and has this id, or what the leaves are. */
    static MappingNode leaf(YamlText y, String nodeId) {
        List<String> known = new ArrayList<>();
        for (MappingNode node : nodes(y)) {
            if (members(node).isEmpty()) {
                continue;
            }
            Optional<String> id = YamlText.scalar(node, "id");
            if (id.filter(nodeId::equals).isPresent()) {
                return node;
            }
            id.ifPresent(known::add);
        }
        throw InputException.of(YamlText.at(y.root), "no node `" + nodeId + "` holds indicators in the standard;"
                + " nodes that do: " + String.join(", ", known));
    }

    static Optional<Members> members(MappingNode node) {
        return YamlText.entry(node, "indicators").filter(t -> t.getValueNode() instanceof SequenceNode)
                .map(t -> new Members(t, (SequenceNode) t.getValueNode()));
    }

    /** The place of an indicator id in a node's list, or -1. */
    static int indexOf(SequenceNode ids, String indicatorId) {
        for (int i = 0; i < ids.getValue().size(); i++) {
            if (ids.getValue().get(i) instanceof ScalarNode id && id.getValue().equals(indicatorId)) {
                return i;
            }
        }
        return -1;
    }

    /** The steps of every band table, each table's {@code steps:} list in file order. */
    static List<SequenceNode> bandSteps(YamlText y) {
        List<SequenceNode> steps = new ArrayList<>();
        YamlText.entry(y.root, "bands").map(NodeTuple::getValueNode).filter(MappingNode.class::isInstance)
                .ifPresent(tables -> ((MappingNode) tables).getValue().stream().map(NodeTuple::getValueNode)
                        .filter(MappingNode.class::isInstance)
                        .flatMap(table -> YamlText.entry((MappingNode) table, "steps").stream())
                        .map(NodeTuple::getValueNode).filter(SequenceNode.class::isInstance)
                        .forEach(list -> steps.add((SequenceNode) list)));
        return steps;
    }

    static Node anchor(YamlText y) {
        return YamlText.entry(y.root, "bands").map(t -> (Node) t.getKeyNode()).orElse(y.root);
    }
}
