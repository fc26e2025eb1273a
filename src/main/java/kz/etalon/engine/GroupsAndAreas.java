package kz.etalon.engine;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.result.AreaResult;
import kz.etalon.result.GroupResult;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Standard;
import kz.etalon.standard.V1Method;

/**
 * The nodes of a standard of groups and areas seen as its groups and areas, with the fields each had
 * before nodes (a group's average, rounded average, band points, factor and weighted points; an area's
 * average, scored and missing counts): what reports, analyses and people's scripts read.
 */
record GroupsAndAreas(List<GroupResult> groups, List<AreaResult> areas, List<String> emptyGroups,
                      List<String> emptyAreas) {

    static GroupsAndAreas of(Standard standard, List<NodeResult> nodes, boolean withAreas) {
        List<GroupResult> groups = new ArrayList<>();
        List<AreaResult> areas = new ArrayList<>();
        List<String> emptyGroups = new ArrayList<>();
        List<String> emptyAreas = new ArrayList<>();
        for (Group group : standard.groups()) {
            find(nodes, V1Method.groupKey(group.id())).ifPresent(node -> {
                if (node.counted() == 0) {
                    emptyGroups.add(group.id());
                }
                groups.add(new GroupResult(group.id(), node.value(), node.counted(), node.rounded(),
                        node.points() == null ? 0 : node.points(), node.bandLine(), node.factor(), node.weighted(),
                        new GroupResult.Rules(node.rules().value(), node.rules().rounding(), node.rules().band(),
                                node.rules().factor())));
            });
        }
        if (withAreas) {
            for (Area area : standard.areas()) {
                String groupId = standard.groupOf(area.id()).map(Group::id).orElse("");
                find(nodes, V1Method.areaKey(area.id())).ifPresent(node -> {
                    if (!node.scored()) {
                        emptyAreas.add(area.id());
                    }
                    areas.add(new AreaResult(area.id(), groupId, node.value(), node.counted(), node.missing(),
                            node.rules().value()));
                });
            }
        }
        return new GroupsAndAreas(groups, areas, emptyGroups, emptyAreas);
    }

    private static java.util.Optional<NodeResult> find(List<NodeResult> nodes, String key) {
        return nodes.stream().filter(node -> node.key().equals(key)).findFirst();
    }

    /** What a v1 reader was always told: an area left with no value, a group with no scored area. */
    List<String> warnings(String city) {
        List<String> warnings = new ArrayList<>();
        emptyAreas.forEach(area -> warnings.add(city + ": area " + area + " has no value left; left out of its group's average"));
        emptyGroups.forEach(group -> warnings.add(city + ": group " + group + " has no scored area; it scores 0 (the lowest band)"));
        return warnings;
    }
}
