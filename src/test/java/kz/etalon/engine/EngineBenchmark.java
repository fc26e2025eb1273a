package kz.etalon.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityValue;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's costs, measured by JMH (run with tools/bench; mvn verify only compiles this):
 * building a KieBase from DRL, scoring the 17 cities, and scoring 10,000 generated cities on both
 * cores, each against the independent reference scorer of the test tree (exact fractions, no Drools)
 * and against the {@link FloorScorer} (plain Java on doubles, the standard and the values already in
 * arrays): the floor, so that every Drools figure can be given as a ratio to it, measured in the same run.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    @Param({"kz-2019"})
    public String standardId;

    private Standard standard;
    private RuleBook rules;
    private Map<Path, String> sources;
    private Evaluator evaluator;
    private CityData seventeen;
    private List<City> tenThousand;
    private ReferenceScorer.Spec spec;
    private List<ReferenceScorer.City> referenceSeventeen;
    private List<ReferenceScorer.City> referenceTenThousand;
    private FloorScorer floor;
    private List<double[]> floorSeventeen;
    private List<double[]> floorTenThousand;

    @Setup(Level.Trial)
    public void load() throws Exception {
        standard = StandardReader.readOrThrow(Path.of("standards", standardId + ".yaml"));
        rules = new RuleBooks(Path.of("rules")).forStandard(standard);
        sources = new LinkedHashMap<>();
        for (Path file : rules.files()) {
            sources.put(file, Files.readString(file, StandardCharsets.UTF_8));
        }
        Problems problems = new Problems();
        seventeen = CityDataChecker.check(CityCsvReader.read(Path.of("data", "kz-2019-cities.csv"), problems).orElseThrow(),
                standard, rules::inputOf, problems);
        evaluator = new Evaluator(standard, rules);
        tenThousand = generated(seventeen, 10_000);
        spec = ReferenceSpecs.spec(standard);
        referenceSeventeen = seventeen.cities().stream().map(ReferenceSpecs::city).toList();
        referenceTenThousand = tenThousand.stream().map(ReferenceSpecs::city).toList();
        floor = new FloorScorer(standard);
        floorSeventeen = seventeen.cities().stream().map(floor::values).toList();
        floorTenThousand = tenThousand.stream().map(floor::values).toList();
    }

    /**
     * A KieBase from the DRL of rules/common with the classic compiler (no cache), in a JVM that has built
     * one before (the first build is slower).
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object buildKieBase() {
        return RuleCompiler.compile(Path.of("rules").toAbsolutePath(), sources, "bench" + System.nanoTime(), RuleCache.off());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object seventeenCitiesDrools() {
        return evaluator.evaluate(seventeen);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object seventeenCitiesReference() {
        return ReferenceScorer.evaluate(spec, referenceSeventeen);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object seventeenCitiesFloor() {
        return floorSeventeen.stream().map(floor::score).toList();
    }

    /**
     * 10,000 cities, one stateless session each, spread over every core. Six warm-up shots: on the 2-core
     * machine the first five still fell (5.6, 3.6, 2.0, 1.1, 1.2 s) before settling at 1.1-1.2 s.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 6)
    @Measurement(iterations = 5)
    public Object tenThousandCitiesDrools() {
        return tenThousand.parallelStream().map(evaluator::score).toList();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public Object tenThousandCitiesReference() {
        return referenceTenThousand.parallelStream().map(city -> ReferenceScorer.evaluate(spec, List.of(city))).toList();
    }

    /** The floor: 10,000 cities on doubles, spread over every core as the Drools path is. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public Object tenThousandCitiesFloor() {
        return floorTenThousand.parallelStream().map(floor::score).toList();
    }

    /** Cities like the bundled ones, each value moved by up to 20 %, seeded. */
    static List<City> generated(CityData base, int count) {
        Random random = new Random(42);
        List<City> cities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            City model = base.cities().get(i % base.cities().size());
            Map<String, CityValue> values = new LinkedHashMap<>();
            model.values().forEach((id, value) -> {
                if (value.isMissing() || value.text().chars().anyMatch(Character::isLetter)) {
                    values.put(id, value);
                } else {
                    BigDecimal changed = value.number().multiply(BigDecimal.valueOf(0.8 + 0.4 * random.nextDouble()))
                            .setScale(2, java.math.RoundingMode.HALF_EVEN).min(BigDecimal.valueOf(100));
                    values.put(id, new CityValue(id, changed.toPlainString(), changed, value.at()));
                }
            });
            cities.add(new City(model.name() + " " + i, values));
        }
        return cities;
    }
}
