package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What an indicator declares beside its method: the framework's own {@code code}, free
 * {@code attributes} (tier, SDG target, data source), the range its input must lie in (null bounds for
 * none), and the band table that turns its percent into points (null for none).
 */
public record IndicatorSpec(String code, Map<String, String> attributes, String inputKind, BigDecimal inputMin,
                            BigDecimal inputMax, String bands) {

    public static final IndicatorSpec NONE = new IndicatorSpec(null, Map.of(), null, null, null, null);

    public IndicatorSpec {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
