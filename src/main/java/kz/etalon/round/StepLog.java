package kz.etalon.round;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/** The round's log of steps, {@code log.csv}: one line a step, oldest first. */
final class StepLog {

    static final List<String> HEADER = List.of("when", "city", "step", "by", "reason");

    private StepLog() {
    }

    static String text(List<Step> steps) {
        StringBuilder text = new StringBuilder(RoundCsv.line(HEADER));
        for (Step step : steps) {
            text.append(RoundCsv.line(List.of(step.when().toString(), step.city(), step.kind().key(), step.by(), step.reason())));
        }
        return text.toString();
    }

    static List<Step> parse(String text, Path file) {
        List<Step> steps = new ArrayList<>();
        int line = 1;
        for (List<String> row : RoundCsv.rows(text, HEADER, file)) {
            line++;
            try {
                steps.add(new Step(Instant.parse(row.get(0)), row.get(1), Step.Kind.parse(row.get(2)), row.get(3), row.get(4)));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw InputException.of(Location.of(file).atLine(line), "not a step of a round (`" + String.join(",", row)
                        + "`); this file is written by Etalon: restore it from the workspace's history");
            }
        }
        return steps;
    }
}
