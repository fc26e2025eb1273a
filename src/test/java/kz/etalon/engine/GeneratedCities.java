package kz.etalon.engine;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityCsvReader;
import kz.etalon.city.CityData;
import kz.etalon.city.CityDataChecker;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * A bundled standard with the project's rules, and cities generated from the bundled kz-2019 data for
 * it ({@link EngineBenchmark#generated}): what the measuring tools of tools/bench score.
 */
record GeneratedCities(Standard standard, RuleBook rules, List<City> cities) {

    /** From a measuring tool's arguments: the standard's id (default kz-2019), then the cities (default 2,000). */
    static GeneratedCities fromArguments(String[] args) {
        return of(args.length > 0 ? args[0] : "kz-2019", args.length > 1 ? Integer.parseInt(args[1]) : 2_000);
    }

    static GeneratedCities of(String standardId, int count) {
        Standard standard = StandardReader.readOrThrow(Path.of("standards", standardId + ".yaml"));
        RuleBook rules = new RuleBooks(Path.of("rules")).forStandard(standard);
        Problems problems = new Problems();
        CityData bundled = CityDataChecker.check(CityCsvReader.read(Path.of("data", "kz-2019-cities.csv"), problems)
                .orElseThrow(), standard, rules::inputOf, problems);
        return new GeneratedCities(standard, rules, EngineBenchmark.generated(bundled, count));
    }
}
