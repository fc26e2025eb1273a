package kz.etalon.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityValue;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * What each rule file of {@code rules/common} adds to the time of one city's session (run by tools/bench
 * rules, never by the tests): sessions are run with no rule that fires (the cost of the session, the
 * inserts and reading the facts back), then with the files in the method's order, one more each time,
 * on one thread. The differences are each file's share: its matching, accumulates, consequences and the
 * inserts they make. Arguments: the standard's id (default kz-2019), the cities (default 2,000), the rounds.
 */
public final class RuleFileCost {

    private static final List<String> FILES = List.of("indicators.drl", "averages.drl", "scoring.drl");

    private RuleFileCost() {
    }

    public static void main(String[] args) throws IOException {
        String standardId = args.length > 0 ? args[0] : "kz-2019";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Standard standard = StandardReader.readOrThrow(Path.of("standards", standardId + ".yaml"));
        RuleBook projectRules = new RuleBooks(Path.of("rules")).forStandard(standard);
        Problems problems = new Problems();
        CityData bundled = CityDataChecker.check(CityCsvReader.read(Path.of("data", "kz-2019-cities.csv"), problems)
                .orElseThrow(), standard, projectRules::inputOf, problems);
        StandardFacts definitions = StandardFacts.of(standard);
        List<List<Object>> facts = new ArrayList<>();
        for (City city : EngineBenchmark.generated(bundled, count)) {
            facts.add(definitions.forCity(id -> city.value(id).map(CityValue::number).orElse(null)));
        }
        System.out.printf("%s, %d cities, one thread, median of %d rounds after 3:%n", standardId, count, rounds);
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
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
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
