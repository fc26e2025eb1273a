package kz.etalon.result;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything one city earned under one standard, in the standard's order: every node of every
 * classification ({@code nodes}) and, for a standard of groups and areas, the same as {@code groups} and
 * {@code areas}; the indicators. {@code points}, {@code score} and {@code index} are null for a standard
 * without a total; {@code rank} is 0 when the cities are not ranked.
 */
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
        String indexRule,
        List<NodeResult> nodes) {

    public CityResult {
        groups = List.copyOf(groups);
        areas = List.copyOf(areas);
        indicators = List.copyOf(indicators);
        nodes = List.copyOf(nodes);
    }

    /** A city's result in groups and areas alone. */
    public CityResult(String city, int rank, BigDecimal points, BigDecimal score, BigDecimal index,
                      List<GroupResult> groups, List<AreaResult> areas, List<IndicatorResult> indicators,
                      String totalRule, String indexRule) {
        this(city, rank, points, score, index, groups, areas, indicators, totalRule, indexRule, List.of());
    }

    public CityResult withRank(int newRank) {
        return new CityResult(city, newRank, points, score, index, groups, areas, indicators, totalRule, indexRule, nodes);
    }

    public java.util.Optional<NodeResult> node(String key) {
        return nodes.stream().filter(node -> node.key().equals(key)).findFirst();
    }

    public java.util.Optional<IndicatorResult> indicator(String indicatorId) {
        return indicators.stream().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    public java.util.Optional<GroupResult> group(String groupId) {
        return groups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    public java.util.Optional<AreaResult> area(String areaId) {
        return areas.stream().filter(area -> area.id().equals(areaId)).findFirst();
    }
}
