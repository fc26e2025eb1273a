package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** The most points the total can reach: each total node's top band points times its factor, added up. */
public record MaxScore(BigDecimal value) implements Derived {
}
