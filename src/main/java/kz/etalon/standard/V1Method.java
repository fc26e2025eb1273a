package kz.etalon.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code etalon/v1} standard's method in the general model: one classification "areas -> groups".
 * Areas are leaves: the mean of their indicators' percents, not scored when none is counted. Groups are
 * their parents: the mean of their scored areas, 0 when none is scored (v1's documented behaviour),
 * banded by the one table of {@code scoring.bands} on the rounding grid, weighted by their factor. The
 * total adds the groups' weighted points and divides them by {@code max_score}; cities are ranked.
 */
public final class V1Method {

    public static final String CLASSIFICATION = "areas";
    public static final String BANDS = "bands";
    public static final String GROUP = "group";
    public static final String AREA = "area";

    private V1Method() {
    }

    public static String groupKey(String groupId) {
        return "groups/" + groupId;
    }

    public static String areaKey(String areaId) {
        return "areas/" + areaId;
    }

    static Method of(Scoring scoring, List<Group> groups, List<Area> areas, Map<String, kz.etalon.problem.Location> lines,
                     java.nio.file.Path file) {
        List<MethodNode> nodes = new ArrayList<>();
        for (Group group : groups) {
            nodes.add(new MethodNode(groupKey(group.id()), group.id(), CLASSIFICATION, GROUP, null, group.name(), null,
                    Map.of(), "mean", MethodNode.Measure.PERCENT, Map.of(), BANDS, scoring.factors().get(group.factor()),
                    MethodNode.NodeMissing.ZERO, true, List.of(), group.at()));
        }
        for (Area area : areas) {
            String parent = groups.stream().filter(group -> group.areaIds().contains(area.id())).findFirst()
                    .map(group -> groupKey(group.id())).orElse(null);
            nodes.add(new MethodNode(areaKey(area.id()), area.id(), CLASSIFICATION, AREA, parent, area.name(), null,
                    Map.of(), "mean", MethodNode.Measure.PERCENT, Map.of(), null, null, MethodNode.NodeMissing.NOT_SCORED,
                    true, area.indicators().stream().map(Indicator::id).toList(), area.at()));
        }
        kz.etalon.problem.Location bandsAt = lines.getOrDefault("scoring.bands", kz.etalon.problem.Location.of(file));
        List<BandStep> steps = scoring.bands().stream().map(band -> new BandStep(band.min(), band.max(), band.points(),
                LocalizedText.NONE, null, band.at())).toList();
        BandTable table = new BandTable(BANDS, BandTable.Bounds.ROUNDED, scoring.rounding(), steps, bandsAt);
        Classification classification = new Classification(CLASSIFICATION, LocalizedText.english("areas -> groups"),
                nodes, kz.etalon.problem.Location.of(file));
        return new Method(List.of(classification), Map.of(BANDS, table),
                areas.stream().flatMap(area -> area.indicators().stream()).toList(), Map.of(),
                Optional.of(new Total(CLASSIFICATION, Total.Scale.SHARE_OF_MAX, scoring.maxScore(), scoring.maxScoreAt())),
                true);
    }
}
