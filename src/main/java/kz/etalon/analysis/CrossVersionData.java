package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.etalon.city.CityFile;
import kz.etalon.city.RawValue;
import kz.etalon.city.ValueKind;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * Fits one year's data to another year's standard. Values for indicators the standard does not
 * define are left out, and a value the standard's method cannot read (a share where the standard
 * asks yes or no) is left missing; both are reported as notes, never silently.
 */
final class CrossVersionData {

    private CrossVersionData() {
    }

    record Fitted(CityFile file, List<FitNote> notes) {
    }

    static Fitted fit(CityFile file, Standard standard, Function<String, Optional<ValueKind>> kindOfMethod) {
        Map<String, Indicator> indicators = standard.indicators()
                .collect(Collectors.toMap(Indicator::id, indicator -> indicator, (x, y) -> x));
        BigDecimal scale = standard.scoring().scale();
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> otherKind = new TreeSet<>();
        for (RawValue raw : file.values()) {
            Indicator indicator = indicators.get(raw.indicator());
            if (indicator == null) {
                unknown.add(raw.indicator());
                continue;
            }
            Optional<ValueKind> kind = kindOfMethod.apply(indicator.method());
            if (!raw.isBlank() && kind.isPresent() && !kind.get().parse(raw.text(), scale).isOk()) {
                otherKind.add(raw.indicator());
            }
        }
        // One unreadable value shows the data measured that indicator another way (a share where the
        // standard asks yes or no): none of its values is used, rather than the few that happen to parse.
        List<RawValue> kept = new ArrayList<>();
        int blanked = 0;
        for (RawValue raw : file.values()) {
            if (unknown.contains(raw.indicator())) {
                continue;
            }
            if (otherKind.contains(raw.indicator())) {
                kept.add(new RawValue(raw.city(), raw.indicator(), "", raw.at()));
                blanked++;
            } else {
                kept.add(raw);
            }
        }
        if (kept.isEmpty() && !file.values().isEmpty()) {
            throw kz.etalon.problem.InputException.of(kz.etalon.problem.Location.of(file.file()), "no row names an indicator of "
                    + standard.id() + " (the rows name " + String.join(", ", unknown.stream().limit(3).toList())
                    + (unknown.size() > 3 ? ", …" : "") + "); is this the data of another standard? Choose the data made for "
                    + standard.id());
        }
        List<FitNote> notes = new ArrayList<>();
        if (!unknown.isEmpty()) {
            notes.add(new FitNote(FitNote.Kind.UNDEFINED_INDICATORS, List.of(file.file(), unknown.size(), standard.id(),
                    String.join(", ", unknown))));
        }
        if (!otherKind.isEmpty()) {
            notes.add(new FitNote(FitNote.Kind.MEASURED_DIFFERENTLY, List.of(file.file(), String.join(", ", otherKind),
                    standard.id(), blanked)));
        }
        return new Fitted(file.withValues(kept), notes);
    }
}
