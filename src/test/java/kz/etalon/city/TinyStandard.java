package kz.etalon.city;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;

/**
 * valid/tiny.yaml, and city data checked against it with the value kinds of rules/common written out by
 * hand, so that the city tests need no rule engine.
 */
final class TinyStandard {

    static final Standard STANDARD = StandardReader.readOrThrow(Path.of("src/test/resources/valid/tiny.yaml"));

    private static final Map<String, ValueKind> KINDS = Map.of(
            "yes_no", ValueKind.YES_NO,
            "share", ValueKind.PERCENT,
            "target", ValueKind.NUMBER);

    private TinyStandard() {
    }

    /** {@code read} checked against {@code standard}; the problems go to {@code problems}. */
    static CityData check(CityFile read, Standard standard, Problems problems) {
        return CityDataChecker.check(read, standard, method -> Optional.ofNullable(KINDS.get(method)), problems);
    }
}
