package kz.etalon.engine.fact;

import java.math.BigDecimal;

/** A group's points weighted by its correction factor. */
public record GroupScore(String groupId, int points, BigDecimal factor, BigDecimal weighted) implements Derived {
}
