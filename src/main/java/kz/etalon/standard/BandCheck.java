package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.etalon.problem.Problems;

/**
 * Bands must cover every rounded average from 0 to the scale exactly once: rounding to
 * {@code decimals} makes a grid of values, and each grid value must fall in one band.
 */
final class BandCheck {

    private BandCheck() {
    }

    static void check(Scoring scoring, Problems problems) {
        List<Band> bands = scoring.bands();
        if (bands.isEmpty()) {
            return;
        }
        BigDecimal step = scoring.rounding().step();
        boolean onGrid = true;
        for (Band band : bands) {
            for (BigDecimal edge : List.of(band.min(), band.max())) {
                if (edge.remainder(step).signum() != 0) {
                    problems.error(band.at(), "band edge " + edge.toPlainString() + " is finer than the rounding ("
                            + scoring.rounding().decimals() + " decimals): rounded averages step by "
                            + step.toPlainString() + ", so use an edge such as " + edge.setScale(scoring.rounding().decimals(),
                            java.math.RoundingMode.DOWN).toPlainString());
                    onGrid = false;
                }
            }
            if (band.min().compareTo(band.max()) > 0) {
                problems.error(band.at(), "band " + number(bands, band) + " starts at " + band.min().toPlainString()
                        + " but ends at " + band.max().toPlainString() + "; `min` must not exceed `max`");
                onGrid = false;
            }
        }
        if (!onGrid) {
            return;
        }
        List<Band> ordered = bands.stream().sorted(Comparator.comparing(Band::min)).toList();
        BigDecimal next = BigDecimal.ZERO;
        Band previous = null;
        for (Band band : ordered) {
            int cmp = band.min().compareTo(next);
            if (cmp > 0) {
                String gap = range(next, band.min().subtract(step));
                problems.error(band.at(), "bands leave " + gap + " uncovered ("
                        + (previous == null ? "no band starts at 0"
                        : "band " + number(bands, previous) + " ends at " + previous.max().toPlainString())
                        + ", band " + number(bands, band) + " starts at " + band.min().toPlainString() + ")");
            } else if (cmp < 0 && previous != null) {
                problems.error(band.at(), "bands overlap on " + range(band.min(), previous.max().min(band.max()))
                        + " (band " + number(bands, previous) + " ends at " + previous.max().toPlainString() + ", band "
                        + number(bands, band) + " starts at " + band.min().toPlainString() + ")");
            } else if (cmp < 0) {
                problems.error(band.at(), "band " + number(bands, band) + " starts below 0");
            }
            if (previous != null && band.points() <= previous.points()) {
                problems.error(band.at(), "band " + number(bands, band) + " gives " + band.points()
                        + " points, not more than the band below it (" + previous.points()
                        + "); points must increase with the average");
            }
            if (previous == null || band.max().compareTo(previous.max()) > 0) {
                next = band.max().add(step);
            }
            previous = band;
        }
        BigDecimal last = next.subtract(step);
        if (last.compareTo(scoring.scale()) < 0) {
            problems.error(previous.at(), "bands leave " + range(next, scoring.scale()) + " uncovered (the last band ends at "
                    + last.toPlainString() + ", the scale is " + scoring.scale().toPlainString() + ")");
        } else if (last.compareTo(scoring.scale()) > 0) {
            problems.error(previous.at(), "band " + number(bands, previous) + " ends at " + last.toPlainString()
                    + ", above the scale " + scoring.scale().toPlainString());
        }
    }

    private static int number(List<Band> bands, Band band) {
        return band.number();
    }

    private static String range(BigDecimal from, BigDecimal to) {
        return from.compareTo(to) == 0 ? from.toPlainString() : from.toPlainString() + ".." + to.toPlainString();
    }
}
