package kz.etalon.report;

import java.util.Optional;
import kz.etalon.standard.BandStep;
import kz.etalon.standard.BandTable;
import kz.etalon.standard.LocalizedText;
import kz.etalon.standard.Standard;

/** The label of the band that gave some points: the band at the line the rules named, else the band of those points. */
final class BandLabels {

    private BandLabels() {
    }

    static Optional<LocalizedText> label(Standard standard, String table, int points, int line) {
        BandTable bands = table == null ? null : standard.method().bandTables().get(table);
        if (bands == null) {
            return Optional.empty();
        }
        Optional<BandStep> step = line > 0 ? bands.atLine(line)
                : bands.steps().stream().filter(s -> s.points() == points).findFirst();
        return step.map(BandStep::label).filter(label -> !label.isEmpty());
    }
}
