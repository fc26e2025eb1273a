package kz.etalon.result;

import java.math.BigDecimal;
import java.util.List;

/** Everything one city earned under one standard, in the standard's order of groups, areas, indicators. */
public record CityResult(
        String city,
        int rank,
        BigDecimal points,
        BigDecimal score,
        BigDecimal index,
        List<GroupResult> groups,
        List<AreaResult> areas,
        List<IndicatorResult> indicators,
        String totalRule,
        String indexRule) {

    public CityResult {
        groups = List.copyOf(groups);
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
    }

    public CityResult withRank(int newRank) {
        return new CityResult(city, newRank, points, score, index, groups, areas, indicators, totalRule, indexRule);
    }

    public java.util.Optional<GroupResult> group(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    public java.util.Optional<AreaResult> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }
}
