package kz.etalon.standard.edit;

import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The edits of an {@code etalon/v2} standard that touch two places: an indicator is written in the list of
 * indicators (after the last one its node holds, so that the file stays in the node's order) and named in
 * its node's {@code indicators: [...]}; a removed one leaves every node that named it.
 */
final class V2Edits {

    private V2Edits() {
    }

    static String addIndicator(YamlText y, MappingNode leaf, String id, Map<String, Object> written) {
        String nodeId = YamlText.scalar(leaf, "id").orElseThrow();
        NodeTuple entry = V2Nodes.indicatorsEntry(y);
        SequenceNode all = (SequenceNode) entry.getValueNode();
        int after = all.getValue().size() - 1;
        Optional<V2Nodes.Members> members = V2Nodes.members(leaf);
        if (members.isPresent()) {
            for (int i = 0; i < all.getValue().size(); i++) {
                if (all.getValue().get(i) instanceof MappingNode indicator && YamlText.scalar(indicator, "id")
                        .filter(known -> V2Nodes.indexOf(members.get().ids(), known) >= 0).isPresent()) {
                    after = i;
                }
            }
        }
        YamlText listed = YamlText.parse(SequenceEdits.insertMapping(y, entry, after, written));
        V2Nodes.Members holder = V2Nodes.members(V2Nodes.leaf(listed, nodeId)).orElseThrow();
        return SequenceEdits.appendScalar(listed, holder.holder(), Scalars.text(id, null));
    }

    static String removeMember(String text, String indicatorId) {
        String result = text;
        boolean removed = true;
        while (removed) {
            removed = false;
            YamlText y = YamlText.parse(result);
            for (MappingNode node : V2Nodes.nodes(y)) {
                Optional<V2Nodes.Members> members = V2Nodes.members(node);
                int index = members.map(m -> V2Nodes.indexOf(m.ids(), indicatorId)).orElse(-1);
                if (index >= 0) {
                    result = SequenceEdits.remove(y, members.get().holder(), members.get().ids(), index);
                    removed = true;
                    break;
                }
            }
        }
        return result;
    }
}
