package kz.etalon.standard;

import java.util.List;
import kz.etalon.problem.Location;

/** One way of grouping the indicators (areas and groups; categories; sub-dimensions and dimensions): a tree of nodes, parents first. */
public record Classification(String id, LocalizedText name, List<MethodNode> nodes, Location at) {

    public Classification {
        nodes = List.copyOf(nodes);
    }
}
