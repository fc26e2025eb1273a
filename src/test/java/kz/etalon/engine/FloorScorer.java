package kz.etalon.engine;

import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityValue;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * A yardstick for the benchmarks, never a source of results: the method of rules/common written as
 * the plainest Java on doubles (percent per method, area means, group means, half-up rounding, band
 * lookup, factors, total, index), with the standard flattened into arrays once and each city's values
 * into a {@code double[]} (NaN: no value) before it is timed. It is the physical floor that the Drools
 * path is measured against in the same run, so a speed figure is a ratio to it; being on doubles it
 * can be wrong at an exact half-point, where the rules (exact decimals) are right. It knows only the
 * methods yes_no, share and target, half-up rounding and {@code missing: zero} or {@code exclude}.
 */
final class FloorScorer {

    /** A city's outcome on doubles: each group's band points, the total points, the score (0..1), the index. */
    record Score(int[] groupPoints, double points, double score, double index) {
    }

    private static final int YES_NO = 0;
    private static final int SHARE = 1;
    private static final int TARGET_HIGHER = 2;
    private static final int TARGET_LOWER = 3;

    private final String[] indicatorIds;
    private final int[] method;
    private final double[] target;
    private final int[] areaOfIndicator;
    private final int[] groupOfArea;
    private final double[] factorOfGroup;
    private final double[] bandMin;
    private final double[] bandMax;
    private final int[] bandPoints;
    private final double scale;
    private final double maxScore;
    private final double roundingStep;
    private final boolean missingCountsZero;

    FloorScorer(Standard standard) {
        if (standard.scoring().rounding().mode() != java.math.RoundingMode.HALF_UP) {
            throw new IllegalArgumentException("the floor scorer rounds half-up only");
        }
        List<Indicator> indicators = standard.indicators().toList();
        List<Area> areas = standard.areas();
        List<Group> groups = standard.groups();
        indicatorIds = new String[indicators.size()];
        method = new int[indicators.size()];
        target = new double[indicators.size()];
        areaOfIndicator = new int[indicators.size()];
        int i = 0;
        for (int a = 0; a < areas.size(); a++) {
            for (Indicator indicator : areas.get(a).indicators()) {
                indicatorIds[i] = indicator.id();
                method[i] = switch (indicator.method()) {
                    case "yes_no" -> YES_NO;
                    case "share" -> SHARE;
                    case "target" -> indicator.better() == Indicator.Direction.LOWER ? TARGET_LOWER : TARGET_HIGHER;
                    default -> throw new IllegalArgumentException("the floor scorer knows no method " + indicator.method());
                };
                target[i] = indicator.target() == null ? 0 : indicator.target().doubleValue();
                areaOfIndicator[i] = a;
                i++;
            }
        }
        groupOfArea = new int[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            String areaId = areas.get(a).id();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).areaIds().contains(areaId)) {
                    groupOfArea[a] = g;
                }
            }
        }
        factorOfGroup = groups.stream()
                .mapToDouble(group -> standard.scoring().factors().get(group.factor()).doubleValue()).toArray();
        List<Band> bands = standard.scoring().bands();
        bandMin = bands.stream().mapToDouble(band -> band.min().doubleValue()).toArray();
        bandMax = bands.stream().mapToDouble(band -> band.max().doubleValue()).toArray();
        bandPoints = bands.stream().mapToInt(Band::points).toArray();
        scale = standard.scoring().scale().doubleValue();
        maxScore = standard.scoring().maxScore().doubleValue();
        roundingStep = Math.pow(10, standard.scoring().rounding().decimals());
        missingCountsZero = standard.scoring().missing().key().equals("zero");
    }

    /** The city's values in this scorer's indicator order, NaN where it has none (yes = 1, no = 0). */
    double[] values(City city) {
        double[] values = new double[indicatorIds.length];
        for (int i = 0; i < indicatorIds.length; i++) {
            values[i] = city.value(indicatorIds[i]).filter(value -> !value.isMissing())
                    .map(CityValue::number).map(Number::doubleValue).orElse(Double.NaN);
        }
        return values;
    }

    Score score(double[] values) {
        double[] areaSum = new double[groupOfArea.length];
        int[] areaCounted = new int[groupOfArea.length];
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (Double.isNaN(value)) {
                if (missingCountsZero) {
                    areaCounted[areaOfIndicator[i]]++;
                }
                continue;
            }
            areaSum[areaOfIndicator[i]] += percent(i, value);
            areaCounted[areaOfIndicator[i]]++;
        }
        double[] groupSum = new double[factorOfGroup.length];
        int[] groupAreas = new int[factorOfGroup.length];
        for (int a = 0; a < areaSum.length; a++) {
            if (areaCounted[a] > 0) {
                groupSum[groupOfArea[a]] += areaSum[a] / areaCounted[a];
                groupAreas[groupOfArea[a]]++;
            }
        }
        int[] groupPoints = new int[factorOfGroup.length];
        double points = 0;
        double weightedAverages = 0;
        double factors = 0;
        for (int g = 0; g < groupSum.length; g++) {
            double average = groupAreas[g] == 0 ? 0 : groupSum[g] / groupAreas[g];
            groupPoints[g] = band(Math.floor(average * roundingStep + 0.5) / roundingStep);
            points += groupPoints[g] * factorOfGroup[g];
            weightedAverages += average * factorOfGroup[g];
            factors += factorOfGroup[g];
        }
        return new Score(groupPoints, points, points / maxScore, weightedAverages / factors);
    }

    private double percent(int indicator, double value) {
        return switch (method[indicator]) {
            case YES_NO -> value > 0 ? scale : 0;
            case SHARE -> value;
            case TARGET_HIGHER -> Math.min(scale, scale * value / target[indicator]);
            default -> value == 0 ? scale : Math.min(scale, scale * target[indicator] / value);
        };
    }

    private int band(double rounded) {
        for (int b = 0; b < bandPoints.length; b++) {
            if (bandMin[b] <= rounded && rounded <= bandMax[b]) {
                return bandPoints[b];
            }
        }
        throw new IllegalStateException("no band holds " + rounded);
    }
}
