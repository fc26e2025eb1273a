package kz.etalon.engine;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.city.City;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * A read standard and city as the {@link ReferenceScorer} describes them: only the data (bands,
 * factors, indicators, values), never how Etalon scores them.
 */
public final class ReferenceSpecs {

    private ReferenceSpecs() {
    }

    public static ReferenceScorer.Spec spec(Standard standard) {
        List<ReferenceScorer.Band> bands = standard.scoring().bands().stream()
                .map((Band b) -> new ReferenceScorer.Band(b.min(), b.max(), b.points())).toList();
        List<ReferenceScorer.Group> groups = standard.groups().stream()
                .map((Group g) -> new ReferenceScorer.Group(g.id(), g.factor(), g.areaIds())).toList();
        List<ReferenceScorer.Area> areas = standard.areas().stream().map((Area a) -> new ReferenceScorer.Area(a.id(),
                a.indicators().stream().map((Indicator i) -> new ReferenceScorer.Indicator(i.id(), i.method(), i.target(),
                        i.better() == Indicator.Direction.LOWER)).toList())).toList();
        return new ReferenceScorer.Spec(standard.scoring().scale(), standard.scoring().rounding().mode(),
                standard.scoring().rounding().decimals(), standard.scoring().missing().key(), bands,
                standard.scoring().factors(), standard.scoring().maxScore(), standard.tieBreak(), groups, areas);
    }

    public static ReferenceScorer.City city(City city) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        city.values().forEach((id, value) -> {
            if (!value.isMissing()) {
                values.put(id, value.number());
            }
        });
        return new ReferenceScorer.City(city.name(), values);
    }
}
