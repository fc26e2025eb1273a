package kz.etalon.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.etalon.engine.fact.Exact;
import kz.etalon.engine.fact.Item;
import kz.etalon.result.Reckoning;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;

/**
 * A rule's {@link kz.etalon.engine.fact.Reckoning} as a result: its items in the standard's order (child
 * nodes as the file lists them, then the leaf's indicators as it lists them), since a session gathers them
 * in no fixed order, and its figures settled as the node's value is.
 */
final class Reckonings {

    private Reckonings() {
    }

    static Reckoning of(Standard standard, MethodNode node, kz.etalon.engine.fact.Reckoning fact) {
        List<String> order = new ArrayList<>();
        standard.method().children(node).forEach(child -> order.add(child.key()));
        order.addAll(node.indicators());
        Comparator<String> inOrder = Comparator.comparingInt(member -> {
            int at = order.indexOf(member);
            return at < 0 ? Integer.MAX_VALUE : at;
        });
        List<Reckoning.Operand> operands = fact.operands().stream().sorted(Comparator.comparing(Item::member, inOrder))
                .map(item -> new Reckoning.Operand(item.member(), Exact.settled(item.share()), Exact.settled(item.amount()),
                        Exact.settled(item.possible()), item.weight()))
                .toList();
        List<String> leftOut = fact.leftOut().stream().sorted(inOrder).toList();
        return new Reckoning(fact.aggregation(), operands, leftOut, Exact.settled(fact.value()));
    }
}
