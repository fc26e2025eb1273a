package kz.etalon.standard;

import java.util.List;
import kz.etalon.problem.Location;

/** A group of areas averaged together and weighted by a named correction factor. */
public record Group(String id, String factor, LocalizedText name, List<String> areaIds, Location at) {

    public Group {
        areaIds = List.copyOf(areaIds);
    }
}
