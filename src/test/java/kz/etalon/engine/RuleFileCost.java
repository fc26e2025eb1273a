package kz.etalon.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kz.etalon.standard.Standard;

/**
 * What each rule file of {@code rules/common} adds to the time of one city's session (run by tools/bench
 * rules, never by the tests): sessions are run with no rule that fires (the cost of the session, the
 * inserts and reading the facts back), then with the files in the method's order, one more each time,
 * on one thread. The differences are each file's share: its matching, accumulates, consequences and the
 * inserts they make. Arguments: the standard's id (default kz-2019), the cities (default 2,000), the rounds.
 */
public final class RuleFileCost {

    private static final List<String> FILES = List.of("indicators.drl", "items.drl", "aggregations.drl", "bands.drl", "total.drl");

    private RuleFileCost() {
    }

    public static void main(String[] args) throws IOException {
        GeneratedCities generated = GeneratedCities.fromArguments(args);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Standard standard = generated.standard();
        Evaluator evaluator = new Evaluator(standard, generated.rules());
        List<List<Object>> facts = generated.cities().stream().map(evaluator::facts).toList();
        System.out.printf("%s, %d cities, one thread, median of %d rounds after 3:%n", standard.id(), generated.cities().size(), rounds);
        double before = 0;
        for (int files = 0; files <= FILES.size(); files++) {
            Path root = Files.createTempDirectory("etalon-rule-cost");
            Path common = Files.createDirectories(root.resolve("common"));
            Files.writeString(common.resolve("none.drl"), """
                    package kz.etalon.rules.common;
                    import kz.etalon.engine.fact.*;
                    rule "never fires" when IndicatorDef( method == "no such method" ) then end
                    """);
            for (String file : FILES.subList(0, files)) {
                Files.copy(Path.of("rules", "common", file), common.resolve(file));
            }
            double perCity;
            try {
                perCity = perCity(new RuleBooks(root).forStandard(standard), facts, rounds);
            } finally {
                try (var paths = Files.walk(root)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            String label = files == 0 ? "session, inserts, reading back (no rule fires)" : "+ " + FILES.get(files - 1);
            System.out.printf("  %-50s %6.1f µs a city (%+.1f)%n", label, perCity, perCity - before);
            before = perCity;
        }
    }

    private static double perCity(RuleBook rules, List<List<Object>> facts, int rounds) {
        List<Double> times = new ArrayList<>();
        for (int round = 0; round < rounds + 3; round++) {
            long start = System.nanoTime();
            for (List<Object> city : facts) {
                SessionRun.unrecorded(rules.kieBase().newStatelessKieSession(), city);
            }
            if (round >= 3) {
                times.add((System.nanoTime() - start) / 1000.0 / facts.size());
            }
        }
        return times.stream().sorted().toList().get(times.size() / 2);
    }
}
