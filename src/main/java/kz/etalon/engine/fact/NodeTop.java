package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** The most a total node can add: its table's top points times its factor. */
public record NodeTop(String nodeKey, BigDecimal most) implements Derived {
}
