package kz.etalon.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.standard.Standard;

/**
 * The CPU time of one thread scoring generated cities through Drools and through the floor, per city
 * (run by tools/bench cpu, never by the tests). A thread's CPU time depends much less on what else runs
 * on the machine than wall time does, so two builds of the engine can be compared on a shared machine.
 * Arguments: the standard's id (default kz-2019), the cities per round (default 2,000), the rounds.
 */
public final class EngineCpuTime {

    private EngineCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        GeneratedCities generated = GeneratedCities.fromArguments(args);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Standard standard = generated.standard();
        RuleBook rules = generated.rules();
        List<City> cities = generated.cities();
        Evaluator evaluator = new Evaluator(standard, rules);
        FloorScorer floor = new FloorScorer(standard);
        List<double[]> values = cities.stream().map(floor::values).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> drools = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        for (int round = 0; round < rounds + 3; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (City city : cities) {
                evaluator.score(city);
            }
            long middle = threads.getCurrentThreadCpuTime();
            for (int again = 0; again < 20; again++) {
                for (double[] city : values) {
                    floor.score(city);
                }
            }
            long end = threads.getCurrentThreadCpuTime();
            if (round >= 3) {   // the first three rounds warm the JIT up
                drools.add((middle - start) / 1000.0 / cities.size());
                floors.add((end - middle) / 1000.0 / cities.size() / 20);
            }
        }
        double droolsMedian = median(drools);
        double floorMedian = median(floors);
        System.out.printf("%s, %d cities a round, %d rounds, one thread's CPU time per city (median):%n", standard.id(), cities.size(), rounds);
        System.out.printf("  Drools %.1f µs, floor %.2f µs, Drools ÷ floor %.0f×%n", droolsMedian, floorMedian,
                droolsMedian / floorMedian);
        System.out.println("  Drools rounds, µs per city: " + drools.stream().map(v -> String.format("%.1f", v)).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
