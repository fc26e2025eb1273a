package kz.etalon.standard;

import java.util.List;
import kz.etalon.problem.Location;

/** An area of public life (health, education, ...) and its indicators, in file order. */
public record Area(String id, LocalizedText name, List<Indicator> indicators, Location at) {

    public Area {
        indicators = List.copyOf(indicators);
    }
}
