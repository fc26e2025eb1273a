package kz.etalon.analysis;

import java.util.List;
import kz.etalon.result.CityResult;

/** One city under two standards: both results and every rule outcome that differs, largest effect first. */
public record CityComparison(String city, CityResult before, CityResult after, List<OutcomeDiff> differences) {

    public CityComparison {
        differences = List.copyOf(differences);
    }

    public int rankMove() {
        return before.rank() - after.rank();
    }
}
