package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Standard;

/**
 * How much each group, area and indicator adds to a city's index, split as if the index were linear
 * in the percents (an indicator adds p / (indicators scored in its area) / (areas scored in its
 * group) x factor / (sum of factors)). That holds for the shipped method, not for every method a
 * standard's rules may bring: {@link #addUp} checks the split against the index the rules computed,
 * and where it does not add up the figures are only an approximation and must be shown as one.
 */
final class Contributions {

    private static final java.math.MathContext DIVISION = new java.math.MathContext(50, java.math.RoundingMode.HALF_EVEN);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-20");

    private final Map<String, BigDecimal> groups = new HashMap<>();
    private final Map<String, BigDecimal> areas = new HashMap<>();
    private final Map<String, BigDecimal> indicators = new HashMap<>();
    private final boolean addUp;

    Contributions(Standard standard, CityResult city) {
        BigDecimal factorSum = city.groups().stream().map(GroupResult::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> areaWeight = new HashMap<>();
        for (GroupResult group : city.groups()) {
            BigDecimal weight = divide(group.factor(), factorSum);
            groups.put(group.id(), group.average().multiply(weight));
            standard.group(group.id()).orElseThrow().areaIds().forEach(areaId ->
                    areaWeight.put(areaId, group.areasScored() == 0 ? BigDecimal.ZERO
                            : divide(weight, BigDecimal.valueOf(group.areasScored()))));
        }
        Map<String, BigDecimal> indicatorWeight = new HashMap<>();
        for (AreaResult area : city.areas()) {
            BigDecimal weight = area.average() == null ? BigDecimal.ZERO : areaWeight.get(area.id());
            areas.put(area.id(), area.average() == null ? BigDecimal.ZERO : area.average().multiply(weight));
            indicatorWeight.put(area.id(), area.scored() == 0 ? BigDecimal.ZERO
                    : divide(weight, BigDecimal.valueOf(area.scored())));
        }
        for (IndicatorResult indicator : city.indicators()) {
            indicators.put(indicator.id(), indicator.percent() == null ? BigDecimal.ZERO
                    : indicator.percent().multiply(indicatorWeight.get(indicator.areaId())));
        }
        addUp = close(sum(groups), city.index()) && close(sum(indicators), city.index());
    }

    /** Whether the split adds up to the index the rules computed, at the 20 decimals shown nowhere. */
    boolean addUp() {
        return addUp;
    }

    private static boolean close(BigDecimal sum, BigDecimal index) {
        return sum.subtract(index).abs().compareTo(TOLERANCE) <= 0;
    }

    private static BigDecimal sum(Map<String, BigDecimal> parts) {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, DIVISION);
    }

    /**
     * A note for each evaluation whose rules do not compute the index as the linear split assumes (for
     * any of its cities): its index effects in "rule outcomes that differ" are then approximate.
     */
    static List<FitNote> approximations(Evaluation... evaluations) {
        List<FitNote> notes = new ArrayList<>();
        for (Evaluation evaluation : evaluations) {
            List<String> cities = evaluation.cities().stream()
                    .filter(city -> !new Contributions(evaluation.standard(), city).addUp()).map(CityResult::city).toList();
            if (!cities.isEmpty()) {
                notes.add(new FitNote(FitNote.Kind.APPROXIMATE_INDEX_EFFECTS,
                        List.of(evaluation.standard().id(), String.join(", ", cities))));
            }
        }
        return notes;
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
