package kz.etalon.engine.fact;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of the standard with one city's value for it, as the rules see it: {@code value} is the
 * city's value read as a number (yes/no as 1/0), null when the city has none. {@code leaves} are the keys
 * of the nodes that hold it (one per classification); {@code bands} the band table of its percent (null
 * for none); {@code top} the points it can earn at most; {@code pointsGiven} says that its method gives
 * its points itself ({@code @gives("points")}), so they are not banded again.
 */
public record IndicatorDef(String id, String areaId, String method, BigDecimal target, Better better, BigDecimal value,
                           List<String> leaves, String bands, BigDecimal top, boolean pointsGiven) {

    public IndicatorDef withValue(BigDecimal newValue) {
        return new IndicatorDef(id, areaId, method, target, better, newValue, leaves, bands, top, pointsGiven);
    }
}
