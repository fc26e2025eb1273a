package kz.etalon.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.city.CityDataChecker;
import kz.etalon.city.CityFile;
import kz.etalon.city.RawValue;
import kz.etalon.city.ValueKind;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import kz.etalon.round.EnteredValue;
import kz.etalon.standard.Indicator;

/**
 * The one place a round's values are checked against its standard: each value by the kind of value its
 * indicator's method reads, and a city's values as {@code validate} checks a data file. Richer kinds of
 * input (ranges declared on indicators) are checked here once the standard declares them.
 */
final class RoundChecks {

    private final LoadedStandard standard;

    RoundChecks(LoadedStandard standard) {
        this.standard = standard;
    }

    /** What is wrong with {@code text} as the value of {@code indicator}; empty when it is a value (or blank). */
    Optional<String> field(String indicator, String text) {
        Optional<Indicator> known = standard.standard().indicator(indicator);
        if (known.isEmpty()) {
            return Optional.of("indicator `" + indicator + "` is not in " + standard.id());
        }
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<ValueKind> kind = standard.rules().inputOf(known.get().method());
        return kind.map(k -> k.parse(text, standard.standard().scoring().scale()))
                .filter(parsed -> !parsed.isOk()).map(ValueKind.Parsed::problem);
    }

    /** Every problem {@code validate} would find in a file of the city's given values, placed at {@code shownAs}. */
    List<Problem> city(String city, Collection<EnteredValue> values, Path shownAs) {
        List<RawValue> raw = new ArrayList<>();
        int line = 1;
        for (EnteredValue value : values) {
            line++;
            if (value.isGiven()) {
                raw.add(new RawValue(city, value.indicator(), value.value(), Location.of(shownAs).atLine(line)));
            }
        }
        Problems problems = new Problems();
        if (raw.isEmpty()) {
            return List.of();
        }
        CityDataChecker.check(new CityFile(shownAs, raw, Map.of()), standard.standard(), standard.rules()::inputOf, problems);
        return problems.sorted();
    }

    /** The indicators of the standard, in its order. */
    List<String> indicators() {
        return standard.standard().indicators().map(Indicator::id).toList();
    }
}
