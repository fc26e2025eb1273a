package kz.etalon.standard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Problems;

/** The checks of one classification's nodes as a tree, every problem at its node's line. */
final class ClassificationTree {

    private ClassificationTree() {
    }

    /** Checks a classification's tree: unique ids, parents that exist, no loop, leaves that hold indicators. */
    static List<MethodNode> checked(String classification, List<MethodNode> nodes, Problems problems) {
        Map<String, MethodNode> byKey = new LinkedHashMap<>();
        for (MethodNode node : nodes) {
            MethodNode earlier = byKey.putIfAbsent(node.key(), node);
            if (earlier != null) {
                problems.error(node.at(), "duplicate node id `" + node.id() + "` in classification `" + classification
                        + "` (first at line " + earlier.at().line() + ")");
            }
        }
        Set<String> parents = new HashSet<>();
        for (MethodNode node : byKey.values()) {
            if (node.parent() == null) {
                continue;
            }
            if (!byKey.containsKey(node.parent())) {
                String parent = node.parent().substring(classification.length() + 1);
                problems.error(node.at(), "node `" + node.id() + "` names parent `" + parent + "`, which classification `"
                        + classification + "` does not define" + Hints.didYouMean(parent,
                        byKey.values().stream().map(MethodNode::id).toList()));
                continue;
            }
            parents.add(node.parent());
            Set<String> seen = new HashSet<>();
            for (String up = node.key(); up != null && byKey.containsKey(up); up = byKey.get(up).parent()) {
                if (!seen.add(up)) {
                    problems.error(node.at(), "node `" + node.id() + "` is its own ancestor; parents must form a tree");
                    break;
                }
            }
        }
        for (MethodNode node : byKey.values()) {
            boolean hasChildren = parents.contains(node.key());
            if (hasChildren && !node.indicators().isEmpty()) {
                problems.error(node.at(), "node `" + node.id() + "` has child nodes and indicators; a node aggregates one"
                        + " or the other: move its indicators into a child node");
            } else if (!hasChildren && node.indicators().isEmpty()) {
                problems.error(node.at(), "node `" + node.id() + "` has neither child nodes nor indicators; give it"
                        + " `indicators: [...]` or make it some node's `parent`");
            }
            node.weights().keySet().stream().filter(item -> hasChildren
                    ? byKey.values().stream().noneMatch(child -> node.key().equals(child.parent()) && child.id().equals(item))
                    : !node.indicators().contains(item)).forEach(item -> problems.error(node.at(),
                    "node `" + node.id() + "` weighs `" + item + "`, which is not one of its items"));
        }
        return new ArrayList<>(byKey.values());
    }
}
