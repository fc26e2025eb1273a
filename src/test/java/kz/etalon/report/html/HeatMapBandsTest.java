package kz.etalon.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;
import kz.etalon.standard.Band;
import kz.etalon.standard.MissingPolicy;
import kz.etalon.standard.Rounding;
import kz.etalon.standard.Scoring;
import org.junit.jupiter.api.Test;

/** A heat map cell takes the band its average falls in once rounded as the standard says, not always half up. */
class HeatMapBandsTest {

    private static final Location AT = Location.of(Path.of("s.yaml"));

    private static Scoring scoring(RoundingMode mode) {
        return new Scoring(BigDecimal.valueOf(100), new Rounding(mode, 0), MissingPolicy.ZERO,
                List.of(new Band(1, BigDecimal.ZERO, BigDecimal.valueOf(20), 1, AT),
                        new Band(2, BigDecimal.valueOf(21), BigDecimal.valueOf(100), 2, AT)),
                Map.of(), BigDecimal.valueOf(2), AT, AT);
    }

    @Test
    void anAverageOnAHalfIsBandedAsTheStandardRoundsIt() {
        BigDecimal average = new BigDecimal("20.5");

        assertThat(HeatMapSection.bandPoints(scoring(RoundingMode.HALF_UP), average)).isEqualTo(2);
        assertThat(HeatMapSection.bandPoints(scoring(RoundingMode.HALF_EVEN), average)).isEqualTo(1);
        assertThat(HeatMapSection.bandPoints(scoring(RoundingMode.DOWN), new BigDecimal("20.9"))).isEqualTo(1);
    }
}
