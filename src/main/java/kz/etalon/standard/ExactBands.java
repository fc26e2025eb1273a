package kz.etalon.standard;

import java.util.Comparator;
import java.util.List;
import kz.etalon.problem.Problems;

/**
 * The checks of an exact band table (`bounds: exact`): each band's ends, and bands that follow one another
 * so that every value has exactly one band.
 */
final class ExactBands {

    private ExactBands() {
    }

    /** A band of an exact table starts `from:` or `above:` a value and stops `below:` or `through:` one, not both. */
    static void checkEnds(YamlFields step, boolean exact, Problems problems) {
        for (String key : List.of("above", "through")) {
            if (!exact && step.has(key)) {
                problems.error(step.at(key), "`" + key + ":` is for a table with `bounds: exact`; a rounded table's bands"
                        + " give `min:` and `max:`, both included");
            }
        }
        if (exact && step.has("from") && step.has("above")) {
            problems.error(step.at("above"), "a band starts either `from:` a value (which it holds) or `above:` it (which"
                    + " it leaves to the band before), not both");
        }
        if (exact && step.has("below") && step.has("through")) {
            problems.error(step.at("through"), "a band stops either `below:` a value (which it leaves to the next band) or"
                    + " `through:` it (which it holds), not both");
        }
    }

    /**
     * An exact table's bands follow one another: each starts where the one before stops, so that every value
     * has one band (`below: 95` then `from: 95`, or `through: 95` then `above: 95`); the last has no end.
     */
    static void checkSequence(String name, List<BandStep> steps, Problems problems) {
        List<BandStep> ordered = steps.stream().sorted(Comparator.comparing(BandStep::from)
                .thenComparing(step -> !step.fromIncluded())).toList();
        for (int i = 0; i < ordered.size(); i++) {
            BandStep step = ordered.get(i);
            boolean last = i == ordered.size() - 1;
            BandStep next = last ? null : ordered.get(i + 1);
            int span = step.to() == null ? 1 : step.to().compareTo(step.from());
            if (span < 0 || span == 0 && !(step.fromIncluded() && step.toIncluded())) {
                problems.error(step.at(), "band " + lower(step) + " " + upper(step) + " holds nothing; its end must be"
                        + " above its start");
            } else if (next != null && (step.to() == null || step.to().compareTo(next.from()) != 0)) {
                problems.error(step.at(), "in band table `" + name + "` this band " + (step.to() == null ? "has no end"
                        : "stops " + upper(step)) + " but the next starts " + lower(next) + "; give it `"
                        + (next.fromIncluded() ? "below: " : "through: ") + next.from().toPlainString() + "`");
            } else if (next != null && step.toIncluded() == next.fromIncluded()) {
                String at = next.from().toPlainString();
                problems.error(step.at(), "in band table `" + name + "` " + at + (step.toIncluded()
                        ? " is held by this band (`through:`) and by the next (`from:`); write `above: " + at + "` in the next"
                        : " is held by no band: this one stops below it and the next starts above it; write `from: " + at
                        + "` in the next"));
            } else if (last && step.to() != null) {
                problems.error(step.at(), "the top band of table `" + name + "` stops " + upper(step)
                        + "; leave `below:` and `through:` out of the top band so that every value above has a band");
            }
        }
    }

    private static String lower(BandStep step) {
        return (step.fromIncluded() ? "from " : "above ") + step.from().toPlainString();
    }

    private static String upper(BandStep step) {
        return step.to() == null ? "with no end" : (step.toIncluded() ? "through " : "below ") + step.to().toPlainString();
    }
}
