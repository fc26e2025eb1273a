package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import kz.etalon.engine.fact.Exact;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Standard;

/**
 * How much each group, area and indicator adds to a city's index. The index is linear in the
 * percents: an indicator adds p / (indicators scored in its area) / (areas scored in its group)
 * x factor / (sum of factors), and these add up to the index exactly.
 */
final class Contributions {

    private final Map<String, BigDecimal> groups = new HashMap<>();
    private final Map<String, BigDecimal> areas = new HashMap<>();
    private final Map<String, BigDecimal> indicators = new HashMap<>();

    Contributions(Standard standard, CityResult city) {
        BigDecimal factorSum = city.groups().stream().map(GroupResult::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> areaWeight = new HashMap<>();
        for (GroupResult group : city.groups()) {
            BigDecimal weight = Exact.divide(group.factor(), factorSum);
            groups.put(group.id(), group.average().multiply(weight));
            standard.group(group.id()).orElseThrow().areaIds().forEach(areaId ->
                    areaWeight.put(areaId, group.areasScored() == 0 ? BigDecimal.ZERO
                            : Exact.divide(weight, BigDecimal.valueOf(group.areasScored()))));
        }
        Map<String, BigDecimal> indicatorWeight = new HashMap<>();
        for (AreaResult area : city.areas()) {
            BigDecimal weight = area.average() == null ? BigDecimal.ZERO : areaWeight.get(area.id());
            areas.put(area.id(), area.average() == null ? BigDecimal.ZERO : area.average().multiply(weight));
            indicatorWeight.put(area.id(), area.scored() == 0 ? BigDecimal.ZERO
                    : Exact.divide(weight, BigDecimal.valueOf(area.scored())));
        }
        for (IndicatorResult indicator : city.indicators()) {
            indicators.put(indicator.id(), indicator.percent() == null ? BigDecimal.ZERO
                    : indicator.percent().multiply(indicatorWeight.get(indicator.areaId())));
        }
    }

    BigDecimal group(String id) {
        return groups.getOrDefault(id, BigDecimal.ZERO);
    }

    BigDecimal area(String id) {
        return areas.getOrDefault(id, BigDecimal.ZERO);
    }

    BigDecimal indicator(String id) {
        return indicators.getOrDefault(id, BigDecimal.ZERO);
    }
}
