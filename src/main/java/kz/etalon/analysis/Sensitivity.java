package kz.etalon.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.city.CityValue;
import kz.etalon.city.ValueKind;
import kz.etalon.engine.Evaluator;
import kz.etalon.engine.RuleBook;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.MissingPolicy;
import kz.etalon.standard.Rounding;
import kz.etalon.standard.Scoring;
import kz.etalon.standard.Standard;

/**
 * Monte Carlo over declared uncertainties: each run draws noisy values and, where declared, a rounding
 * mode, a missing-value policy and factor values, evaluates every city through the rules and ranks
 * them. Run {@code i} draws from its own generator seeded by (seed, i), so the result does not depend
 * on how the runs are spread over threads: the same seed gives the same figures.
 */
public final class Sensitivity {

    /** Most runs of one analysis: about 15 minutes for the bundled data on two cores. */
    public static final int MAX_RUNS = 100_000;

    private Sensitivity() {
    }

    /** One city's ranks over all runs. */
    public record CityRanks(String city, int evaluatedRank, int median, int p5, int p95, Map<Integer, Double> probabilities) {

        public double probabilityOfEvaluatedRank() {
            return probabilities.getOrDefault(evaluatedRank, 0.0);
        }
    }

    public static List<CityRanks> run(Standard standard, RuleBook rules, CityData data, Evaluation evaluated,
                                      Uncertainty uncertainty, int runs, long seed, IntConsumer progress) {
        Function<String, Optional<ValueKind>> kinds = rules::inputOf;
        List<String> cities = evaluated.cities().stream().map(CityResult::city).toList();
        int[][] ranks = new int[cities.size()][runs];
        // One evaluator (and so one set of definition facts) per distinct scoring drawn, shared by the runs
        // that draw it; reading it takes no lock. Each run scores its cities on its own thread.
        Map<Scoring, Evaluator> evaluators = new ConcurrentHashMap<>();
        IntStream.range(0, runs).parallel().forEach(run -> {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + run);
            Standard variant = variant(standard, uncertainty, random);
            CityData noisy = noisy(variant, data, uncertainty.noise(), kinds, random);
            Evaluator evaluator = evaluators.get(variant.scoring());
            if (evaluator == null) {
                evaluator = evaluators.computeIfAbsent(variant.scoring(), scoring -> new Evaluator(variant, rules));
            }
            Evaluation evaluation = evaluator.rank(noisy);
            for (int c = 0; c < cities.size(); c++) {
                ranks[c][run] = evaluation.city(cities.get(c)).map(CityResult::rank).orElse(cities.size());
            }
            progress.accept(run);
        });
        List<CityRanks> result = new ArrayList<>();
        for (int c = 0; c < cities.size(); c++) {
            int[] sorted = ranks[c].clone();
            Arrays.sort(sorted);
            Map<Integer, Integer> counts = new TreeMap<>();
            for (int rank : sorted) {
                counts.merge(rank, 1, Integer::sum);
            }
            Map<Integer, Double> probabilities = new TreeMap<>();
            counts.forEach((rank, count) -> probabilities.put(rank, count / (double) runs));
            result.add(new CityRanks(cities.get(c), evaluated.city(cities.get(c)).orElseThrow().rank(),
                    percentile(sorted, 50), percentile(sorted, 5), percentile(sorted, 95), probabilities));
        }
        return result;
    }

    /** The nearest-rank percentile of sorted values. */
    static int percentile(int[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static Standard variant(Standard standard, Uncertainty uncertainty, SplittableRandom random) {
        Scoring scoring = standard.scoring();
        if (!uncertainty.roundings().isEmpty()) {
            RoundingMode mode = uncertainty.roundings().get(random.nextInt(uncertainty.roundings().size()));
            scoring = scoring.withRounding(new Rounding(mode, scoring.rounding().decimals()));
        }
        if (!uncertainty.missing().isEmpty()) {
            MissingPolicy policy = uncertainty.missing().get(random.nextInt(uncertainty.missing().size()));
            scoring = scoring.withMissing(policy);
        }
        if (!uncertainty.factors().isEmpty()) {
            Map<String, BigDecimal> factors = new LinkedHashMap<>(scoring.factors());
            uncertainty.factors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                    factors.put(entry.getKey(), entry.getValue().get(random.nextInt(entry.getValue().size()))));
            scoring = scoring.withFactors(factors);
        }
        return new Standard(standard.file(), standard.id(), standard.year(), standard.title(), standard.source(),
                standard.rules(), scoring, standard.tieBreak(), standard.groups(), standard.areas(), standard.lines(),
                standard.status(), standard.basedOn());
    }

    private static CityData noisy(Standard standard, CityData data, BigDecimal noise, Function<String,
            Optional<ValueKind>> kinds, SplittableRandom random) {
        if (noise.signum() == 0) {
            return data;
        }
        double spread = noise.doubleValue() / 100.0;
        BigDecimal scale = standard.scoring().scale();
        List<Indicator> indicators = standard.indicators().toList();
        List<ValueKind> kindOf = indicators.stream()
                .map(indicator -> kinds.apply(indicator.method()).orElse(ValueKind.YES_NO)).toList();
        List<City> cities = new ArrayList<>();
        for (City city : data.cities()) {
            Map<String, CityValue> values = new LinkedHashMap<>(indicators.size() * 2);
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                CityValue value = city.values().get(indicator.id());
                ValueKind kind = kindOf.get(i);
                if (value == null || value.isMissing() || kind == ValueKind.YES_NO) {
                    values.put(indicator.id(), value);
                    continue;
                }
                double factor = 1 + spread * (2 * random.nextDouble() - 1);
                BigDecimal changed = value.number().multiply(BigDecimal.valueOf(factor)).setScale(6, RoundingMode.HALF_EVEN);
                if (changed.signum() < 0) {
                    changed = BigDecimal.ZERO;
                }
                if (kind == ValueKind.PERCENT && changed.compareTo(scale) > 0) {
                    changed = scale;
                }
                values.put(indicator.id(), new CityValue(indicator.id(), changed.toPlainString(), changed, value.at()));
            }
            cities.add(new City(city.name(), values));
        }
        return new CityData(data.file(), cities, data.names());
    }
}
