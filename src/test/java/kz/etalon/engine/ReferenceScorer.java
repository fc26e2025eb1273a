package kz.etalon.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An independent scorer, written from DESIGN section 3 alone: plain Java, exact rational arithmetic,
 * no Drools and nothing of the main code. It takes its own description of a standard and of the
 * cities' values (as numbers: yes = 1, no = 0, missing = absent) and gives what each city must score.
 */
public final class ReferenceScorer {

    public record Band(BigDecimal min, BigDecimal max, int points) {
    }

    public record Indicator(String id, String method, BigDecimal target, boolean lowerIsBetter) {
    }

    public record Area(String id, List<Indicator> indicators) {
    }

    public record Group(String id, String factor, List<String> areaIds) {
    }

    /** {@code tieBreak} null means the standard has no {@code ranking:} section (default: index). */
    public record Spec(BigDecimal scale, RoundingMode mode, int decimals, String missing, List<Band> bands,
                Map<String, BigDecimal> factors, BigDecimal maxScore, List<String> tieBreak, List<Group> groups,
                List<Area> areas) {

        List<String> tieBreakKeys() {
            return tieBreak == null ? List.of("index") : tieBreak;
        }

        Area area(String id) {
            return areas.stream().filter(area -> area.id().equals(id)).findFirst().orElseThrow();
        }
    }

    /** A city's values by indicator id; an indicator without an entry has no value. */
    public record City(String name, Map<String, BigDecimal> values) {
    }

    public record GroupScore(Fraction average, BigDecimal rounded, int points, Fraction weighted, int areasScored) {
    }

    public record CityScore(String name, Map<String, Fraction> percents, Map<String, Fraction> areaAverages,
                     Map<String, GroupScore> groups, Fraction points, Fraction score, Fraction index, int rank,
                     int missing) {
    }

    private ReferenceScorer() {
    }

    /** Every city's score and rank, or empty when the evaluation is refused (`missing: error` and a gap). */
    public static Optional<List<CityScore>> evaluate(Spec spec, List<City> cities) {
        List<CityScore> scored = new ArrayList<>();
        for (City city : cities) {
            Optional<CityScore> score = score(spec, city);
            if (score.isEmpty()) {
                return Optional.empty();
            }
            scored.add(score.get());
        }
        return Optional.of(rank(spec, scored));
    }

    private static Optional<CityScore> score(Spec spec, City city) {
        Fraction scale = Fraction.of(spec.scale());
        Map<String, Fraction> percents = new LinkedHashMap<>();
        Map<String, Fraction> areaAverages = new LinkedHashMap<>();
        int missing = 0;
        // Rules 1 and 2: each indicator's percent, each area's mean (missing: zero counts 0, exclude drops)
        for (Area area : spec.areas()) {
            Fraction sum = Fraction.ZERO;
            int counted = 0;
            for (Indicator indicator : area.indicators()) {
                BigDecimal value = city.values().get(indicator.id());
                if (value == null) {
                    missing++;
                    switch (spec.missing()) {
                        case "error" -> {
                            return Optional.empty();
                        }
                        case "zero" -> {
                            percents.put(indicator.id(), Fraction.ZERO);
                            counted++;
                        }
                        default -> percents.put(indicator.id(), null);
                    }
                    continue;
                }
                Fraction percent = percent(indicator, Fraction.of(value), scale);
                percents.put(indicator.id(), percent);
                sum = sum.plus(percent);
                counted++;
            }
            areaAverages.put(area.id(), counted == 0 ? null : sum.over(Fraction.of(counted)));
        }
        // Rules 3 to 5: group means of the areas left, rounding, band, factor; total, score, index
        Map<String, GroupScore> groups = new LinkedHashMap<>();
        Fraction points = Fraction.ZERO;
        Fraction weightedAverages = Fraction.ZERO;
        Fraction factors = Fraction.ZERO;
        for (Group group : spec.groups()) {
            Fraction sum = Fraction.ZERO;
            int scoredAreas = 0;
            for (String areaId : group.areaIds()) {
                Fraction average = areaAverages.get(areaId);
                if (average != null) {
                    sum = sum.plus(average);
                    scoredAreas++;
                }
            }
            Fraction average = scoredAreas == 0 ? Fraction.ZERO : sum.over(Fraction.of(scoredAreas));
            BigDecimal rounded = average.round(spec.decimals(), spec.mode());
            int bandPoints = spec.bands().stream()
                    .filter(band -> band.min().compareTo(rounded) <= 0 && rounded.compareTo(band.max()) <= 0)
                    .mapToInt(Band::points)
                    .boxed()
                    .reduce((a, b) -> {
                        throw new IllegalStateException("two bands hold " + rounded);
                    })
                    .orElseThrow(() -> new IllegalStateException("no band holds " + rounded));
            Fraction factor = Fraction.of(spec.factors().get(group.factor()));
            Fraction weighted = Fraction.of(bandPoints).times(factor);
            groups.put(group.id(), new GroupScore(average, rounded, bandPoints, weighted, scoredAreas));
            points = points.plus(weighted);
            weightedAverages = weightedAverages.plus(average.times(factor));
            factors = factors.plus(factor);
        }
        Fraction score = points.over(Fraction.of(spec.maxScore()));
        Fraction index = weightedAverages.over(factors);
        return Optional.of(new CityScore(city.name(), percents, areaAverages, groups, points, score, index, 0, missing));
    }

    /**
     * yes_no: yes is the top of the scale; share: the value; target: scale x value / target, capped;
     * stepped (the test standard kz-2030's own method): the scale at the target or above, half of it
     * from half the target, else 0.
     */
    private static Fraction percent(Indicator indicator, Fraction value, Fraction scale) {
        return switch (indicator.method()) {
            case "yes_no" -> value.compareTo(Fraction.ZERO) > 0 ? scale : Fraction.ZERO;
            case "share" -> value;
            case "target" -> {
                Fraction target = Fraction.of(indicator.target());
                if (!indicator.lowerIsBetter()) {
                    yield Fraction.min(scale, scale.times(value).over(target));
                }
                yield value.compareTo(Fraction.ZERO) == 0 ? scale : Fraction.min(scale, scale.times(target).over(value));
            }
            case "stepped" -> {
                Fraction target = Fraction.of(indicator.target());
                if (value.compareTo(target) >= 0) {
                    yield scale;
                }
                yield value.plus(value).compareTo(target) >= 0 ? scale.over(Fraction.of(2)) : Fraction.ZERO;
            }
            default -> throw new IllegalArgumentException("the reference knows no method " + indicator.method());
        };
    }

    /**
     * The edge between two adjacent bands as an unrounded group average: the least average that rounds
     * into {@code upper} (floor, half-up, half-even at a step's half) or the greatest that still rounds
     * into {@code lower} (ceiling), written from what each rounding mode means, for the modes the tests use.
     */
    public static BigDecimal edge(Spec spec, Band lower, Band upper) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(spec.decimals());
        return switch (spec.mode()) {
            case FLOOR, DOWN -> upper.min();
            case CEILING, UP -> lower.max();
            case HALF_UP, HALF_DOWN, HALF_EVEN -> upper.min().subtract(step.divide(BigDecimal.valueOf(2)));
            case UNNECESSARY -> throw new IllegalArgumentException("unnecessary");
        };
    }

    /** Rule 6: by score, then the tie-break keys, all highest first; cities still equal share a rank. */
    private static List<CityScore> rank(Spec spec, List<CityScore> cities) {
        List<CityScore> ranked = new ArrayList<>();
        for (CityScore city : cities) {
            int better = 0;
            for (CityScore other : cities) {
                if (compare(spec, other, city) > 0) {
                    better++;
                }
            }
            ranked.add(new CityScore(city.name(), city.percents(), city.areaAverages(), city.groups(), city.points(),
                    city.score(), city.index(), better + 1, city.missing()));
        }
        return ranked;
    }

    private static int compare(Spec spec, CityScore a, CityScore b) {
        int byScore = a.score().compareTo(b.score());
        if (byScore != 0) {
            return byScore;
        }
        for (String key : spec.tieBreakKeys()) {
            int byKey = key(a, key).compareTo(key(b, key));
            if (byKey != 0) {
                return byKey;
            }
        }
        return 0;
    }

    private static Fraction key(CityScore city, String key) {
        return switch (key) {
            case "score" -> city.score();
            case "index" -> city.index();
            default -> city.groups().get(key).average();
        };
    }
}
