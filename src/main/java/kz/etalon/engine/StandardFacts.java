package kz.etalon.engine;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.engine.fact.AreaDef;
import kz.etalon.engine.fact.BandDef;
import kz.etalon.engine.fact.GroupDef;
import kz.etalon.engine.fact.IndicatorDef;
import kz.etalon.engine.fact.Policy;
import kz.etalon.standard.Area;
import kz.etalon.standard.Group;
import kz.etalon.standard.Scoring;
import kz.etalon.standard.Standard;

/**
 * The definitions of a standard as facts: the policy, bands, groups and areas, the same for every city;
 * and each indicator, which carries one city's value for it (see {@link #forCity}).
 */
final class StandardFacts {

    private final List<Object> shared;
    private final List<IndicatorDef> indicators;

    private StandardFacts(List<Object> shared, List<IndicatorDef> indicators) {
        this.shared = shared;
        this.indicators = indicators;
    }

    /** The definitions every city's session shares: the policy, bands, groups and areas. */
    List<Object> shared() {
        return shared;
    }

    /** Every fact of one city's session: the shared definitions and each indicator with the city's value. */
    List<Object> forCity(java.util.function.Function<String, java.math.BigDecimal> valueOf) {
        List<Object> facts = new ArrayList<>(shared.size() + indicators.size());
        facts.addAll(shared);
        indicators.forEach(indicator -> facts.add(indicator.withValue(valueOf.apply(indicator.id()))));
        return facts;
    }

    static StandardFacts of(Standard standard) {
        List<Object> facts = new ArrayList<>();
        List<IndicatorDef> indicators = new ArrayList<>();
        Scoring scoring = standard.scoring();
        facts.add(new Policy(scoring.scale(), scoring.rounding().mode(), scoring.rounding().decimals(),
                scoring.missing().key(), scoring.maxScore(), standard.groups().size()));
        scoring.bands().forEach(band -> facts.add(new BandDef(band.min(), band.max(), band.points(), band.at().line())));
        for (Group group : standard.groups()) {
            facts.add(new GroupDef(group.id(), scoring.factors().get(group.factor())));
        }
        for (Area area : standard.areas()) {
            String groupId = standard.groupOf(area.id()).map(Group::id).orElseThrow();
            facts.add(new AreaDef(area.id(), groupId));
            area.indicators().forEach(indicator -> indicators.add(new IndicatorDef(indicator.id(), area.id(),
                    indicator.method(), indicator.target(), indicator.better().key(), null)));
        }
        return new StandardFacts(List.copyOf(facts), List.copyOf(indicators));
    }
}
