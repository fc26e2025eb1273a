package kz.etalon.standard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;

/** The checks that look across a standard: unique ids, group membership, factors (the maximum score is the rules' fact: {@link MethodCheck#checkTotal}). */
final class StandardValidator {

    private StandardValidator() {
    }

    static void check(Standard standard, Problems problems, boolean groupsComplete, boolean bandsComplete) {
        uniqueIds(standard, problems);
        if (groupsComplete) {
            membership(standard, problems);
        }
        factors(standard, problems);
        if (bandsComplete) {
            BandCheck.check(standard.scoring(), problems);
        }
    }

    private static void uniqueIds(Standard standard, Problems problems) {
        Map<String, Location> seen = new HashMap<>();
        standard.groups().forEach(group -> unique("group", group.id(), group.at(), seen, problems));
        seen.clear();
        standard.areas().forEach(area -> unique("area", area.id(), area.at(), seen, problems));
        seen.clear();
        standard.indicators().forEach(indicator -> unique("indicator", indicator.id(), indicator.at(), seen, problems));
    }

    private static void unique(String what, String id, Location at, Map<String, Location> seen, Problems problems) {
        Location first = seen.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, "duplicate " + what + " id `" + id + "` (first at line " + first.line() + "); ids must be unique");
        }
    }

    private static void membership(Standard standard, Problems problems) {
        Set<String> areaIds = new HashSet<>();
        standard.areas().forEach(area -> areaIds.add(area.id()));
        Map<String, Group> owner = new HashMap<>();
        for (Group group : standard.groups()) {
            for (String areaId : group.areaIds()) {
                if (!areaIds.contains(areaId)) {
                    problems.error(group.at(), "group `" + group.id() + "` lists area `" + areaId
                            + "`, which `areas` does not define" + Hints.didYouMean(areaId, areaIds));
                    continue;
                }
                Group earlier = owner.putIfAbsent(areaId, group);
                if (earlier != null && earlier != group) {
                    problems.error(group.at(), "area `" + areaId + "` is in group `" + earlier.id() + "` (line "
                            + earlier.at().line() + ") and in group `" + group.id() + "`; an area belongs to exactly one group");
                } else if (earlier == group) {
                    problems.error(group.at(), "group `" + group.id() + "` lists area `" + areaId + "` twice");
                }
            }
        }
        for (Area area : standard.areas()) {
            if (!owner.containsKey(area.id())) {
                problems.error(area.at(), "area `" + area.id() + "` is in no group; add it to one group's `areas`");
            }
        }
        if (standard.groups().isEmpty() && !standard.areas().isEmpty()) {
            problems.error(Location.of(standard.file()), "the standard defines no group; areas are scored through groups");
        }
    }

    private static void factors(Standard standard, Problems problems) {
        Set<String> defined = standard.scoring().factors().keySet();
        Set<String> used = new HashSet<>();
        for (Group group : standard.groups()) {
            used.add(group.factor());
            if (!group.factor().isEmpty() && !defined.contains(group.factor())) {
                problems.error(group.at(), "group `" + group.id() + "` uses factor `" + group.factor()
                        + "`, which `scoring.factors` does not define" + Hints.didYouMean(group.factor(), defined)
                        + "; defined: " + String.join(", ", defined));
            }
        }
        List<String> unused = new ArrayList<>(defined);
        unused.removeAll(used);
        unused.forEach(name -> problems.warning(standard.scoring().factorsAt(), "factor `" + name + "` is defined but no group uses it"));
    }
}
