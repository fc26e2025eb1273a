package kz.etalon.standard;

import java.math.BigDecimal;
import kz.etalon.problem.Location;

/**
 * The total of a standard: the weighted points of the root nodes of one classification, added up and
 * scaled. {@code statedMax} is the maximum the file states (null when it states none); the maximum the
 * rules derive is what scores, and a stated one that differs is an error.
 */
public record Total(String classification, Scale scale, BigDecimal statedMax, Location at) {

    public enum Scale {
        /** Points over the maximum, a share from 0 to 1 (v1's score). */
        SHARE_OF_MAX,
        /** Points over the maximum, as a percent. */
        PERCENT_OF_MAX
    }
}
