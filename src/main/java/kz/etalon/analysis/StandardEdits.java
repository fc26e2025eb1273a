package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Scoring;
import kz.etalon.standard.Standard;

/**
 * Applies one change found by {@link StandardDiff} to standard A alone, taking the new state from B.
 * Empty when the change cannot stand alone (an indicator added to an area A does not have).
 */
final class StandardEdits {

    private final Standard a;
    private final Standard b;

    private StandardEdits(Standard a, Standard b) {
        this.a = a;
        this.b = b;
    }

    static Optional<Standard> apply(Standard a, Standard b, Change change) {
        return new StandardEdits(a, b).apply(change);
    }

    private Optional<Standard> apply(Change change) {
        String id = change.subject();
        Scoring s = a.scoring();
        Scoring t = b.scoring();
        return switch (change.kind()) {
            case INDICATOR_ADDED -> b.indicator(id).flatMap(added -> withIndicator(a.areas(), added));
            case INDICATOR_REMOVED -> withoutIndicator(id);
            case INDICATOR_MOVED -> b.indicator(id).flatMap(moved -> withoutIndicator(id)
                    .flatMap(without -> new StandardEdits(without, b).withIndicator(without.areas(), moved)));
            case METHOD_CHANGED, TARGET_CHANGED, DIRECTION_CHANGED -> b.indicator(id).map(after -> replaceIndicator(id, after));
            case AREA_MOVED -> b.groupOf(id).filter(group -> a.group(group.id()).isPresent())
                    .map(group -> withGroups(moveArea(id, group.id())));
            case AREA_REMOVED -> Optional.of(withAreas(a.areas().stream().filter(area -> !area.id().equals(id)).toList(),
                    a.groups().stream().map(group -> new Group(group.id(), group.factor(), group.name(),
                            group.areaIds().stream().filter(areaId -> !areaId.equals(id)).toList(), group.at()))
                            .filter(group -> !group.areaIds().isEmpty()).toList()));
            case GROUP_FACTOR_CHANGED -> b.group(id).map(after -> {
                Map<String, BigDecimal> factors = new LinkedHashMap<>(s.factors());
                factors.putIfAbsent(after.factor(), t.factors().get(after.factor()));
                List<Group> groups = a.groups().stream().map(group -> group.id().equals(id)
                        ? new Group(group.id(), after.factor(), group.name(), group.areaIds(), group.at()) : group).toList();
                return new Standard(a.file(), a.id(), a.year(), a.title(), a.source(), a.rules(), s.withFactors(factors),
                        a.tieBreak(), groups, a.areas(), a.lines(), a.status(), a.basedOn());
            });
            case FACTOR_CHANGED -> {
                Map<String, BigDecimal> factors = new LinkedHashMap<>(s.factors());
                factors.put(id, t.factors().get(id));
                yield Optional.of(withScoring(s.withFactors(factors)));
            }
            case BANDS_CHANGED -> Optional.of(withScoring(s.withBands(t.bands())));
            case ROUNDING_CHANGED -> Optional.of(withScoring(s.withRounding(t.rounding())));
            case MISSING_CHANGED -> Optional.of(withScoring(s.withMissing(t.missing())));
            case SCALE_CHANGED -> Optional.of(withScoring(s.withScale(t.scale())));
            case TIE_BREAK_CHANGED -> Optional.of(new Standard(a.file(), a.id(), a.year(), a.title(), a.source(), a.rules(),
                    s, b.tieBreak(), a.groups(), a.areas(), a.lines(), a.status(), a.basedOn()));
            case RULES_CHANGED -> Optional.of(new Standard(a.file(), a.id(), a.year(), a.title(), a.source(), b.rules(),
                    s, a.tieBreak(), a.groups(), a.areas(), a.lines(), a.status(), a.basedOn()));
            default -> Optional.empty();
        };
    }

    private Optional<Standard> withIndicator(List<Area> areas, Indicator added) {
        if (areas.stream().noneMatch(area -> area.id().equals(added.areaId()))) {
            return Optional.empty();
        }
        List<Area> changed = areas.stream().map(area -> {
            if (!area.id().equals(added.areaId())) {
                return area;
            }
            List<Indicator> indicators = new ArrayList<>(area.indicators());
            indicators.add(added);
            return new Area(area.id(), area.name(), indicators, area.at());
        }).toList();
        return Optional.of(withAreas(changed, a.groups()));
    }

    private Optional<Standard> withoutIndicator(String id) {
        List<Area> changed = a.areas().stream().map(area -> new Area(area.id(), area.name(),
                area.indicators().stream().filter(indicator -> !indicator.id().equals(id)).toList(), area.at())).toList();
        if (changed.stream().anyMatch(area -> area.indicators().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(withAreas(changed, a.groups()));
    }

    private Standard replaceIndicator(String id, Indicator after) {
        return withAreas(a.areas().stream().map(area -> new Area(area.id(), area.name(), area.indicators().stream()
                .map(indicator -> indicator.id().equals(id) ? new Indicator(id, indicator.areaId(), after.method(),
                        indicator.name(), after.target(), after.better(), indicator.unit(), indicator.provenance(),
                        indicator.source(), after.keys(), indicator.at()) : indicator).toList(), area.at())).toList(),
                a.groups());
    }

    private List<Group> moveArea(String areaId, String toGroup) {
        return a.groups().stream().map(group -> {
            List<String> areas = new ArrayList<>(group.areaIds());
            areas.remove(areaId);
            if (group.id().equals(toGroup)) {
                areas.add(areaId);
            }
            return new Group(group.id(), group.factor(), group.name(), areas, group.at());
        }).filter(group -> !group.areaIds().isEmpty()).toList();
    }

    private Standard withAreas(List<Area> areas, List<Group> groups) {
        return new Standard(a.file(), a.id(), a.year(), a.title(), a.source(), a.rules(), a.scoring(), a.tieBreak(),
                groups, areas, a.lines(), a.status(), a.basedOn());
    }

    private Standard withGroups(List<Group> groups) {
        return withAreas(a.areas(), groups);
    }

    private Standard withScoring(Scoring scoring) {
        return new Standard(a.file(), a.id(), a.year(), a.title(), a.source(), a.rules(), scoring, a.tieBreak(),
                a.groups(), a.areas(), a.lines(), a.status(), a.basedOn());
    }
}
