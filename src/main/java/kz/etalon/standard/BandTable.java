package kz.etalon.standard;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.etalon.problem.Location;

/**
 * A named band table: values to points, each band with a label and a colour. {@code ROUNDED} tables (v1)
 * round the value with {@code rounding} and hold it in [from, to]; {@code EXACT} tables hold the exact
 * value in [from, below), so that 56.99 is never rounded into a band that starts at 57.
 */
public record BandTable(String id, Bounds bounds, Rounding rounding, List<BandStep> steps, Location at) {

    public BandTable {
        steps = List.copyOf(steps);
    }

    public enum Bounds {
        ROUNDED, EXACT
    }

    public int topPoints() {
        return steps.stream().mapToInt(BandStep::points).max().orElse(0);
    }

    public List<BandStep> inOrder() {
        return steps.stream().sorted(Comparator.comparing(BandStep::from)).toList();
    }

    public Optional<BandStep> atLine(int line) {
        return steps.stream().filter(step -> step.at().line() == line).findFirst();
    }
}
