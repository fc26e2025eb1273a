package kz.etalon.engine.fact;

import java.math.BigDecimal;
import kz.etalon.standard.MissingPolicy;

/** The standard's scale (a full score, e.g. 100) and what a missing indicator value means. */
public record Policy(BigDecimal scale, MissingPolicy missing) {
}
