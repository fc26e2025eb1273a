package kz.etalon.round;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * The questions on one city's values and their answers, {@code questions/<city>.csv}: one line each, oldest
 * first. A question is open until an answer at the same value follows it.
 */
public record CityQuestions(List<Question> lines) {

    static final List<String> HEADER = List.of("when", "indicator", "by", "kind", "text", "id");

    public CityQuestions {
        lines = List.copyOf(lines);
    }

    public static CityQuestions none() {
        return new CityQuestions(List.of());
    }

    /** The lines at one value, oldest first. */
    public List<Question> at(String indicator) {
        return lines.stream().filter(line -> line.indicator().equals(indicator)).toList();
    }

    /** The questions no answer at their value has followed yet. */
    public List<Question> open() {
        List<Question> open = new ArrayList<>();
        for (Question line : lines) {
            if (line.isQuestion()) {
                open.add(line);
            } else {
                open.removeIf(question -> question.indicator().equals(line.indicator()));
            }
        }
        return open;
    }

    public boolean isOpen(Question question) {
        return open().contains(question);
    }

    /** The values with an open question, in the order first asked. */
    public Set<String> openIndicators() {
        Set<String> indicators = new LinkedHashSet<>();
        open().forEach(question -> indicators.add(question.indicator()));
        return indicators;
    }

    /** The file with {@code kind}'s line added, numbered after the last. */
    public CityQuestions with(Instant when, String indicator, String by, Question.Kind kind, String text) {
        List<Question> more = new ArrayList<>(lines);
        int next = lines.stream().mapToInt(Question::id).max().orElse(0) + 1;
        more.add(new Question(when, indicator, by, kind, text, next));
        return new CityQuestions(more);
    }

    public String text() {
        StringBuilder text = new StringBuilder(RoundCsv.line(HEADER));
        for (Question line : lines) {
            text.append(RoundCsv.line(List.of(line.when().toString(), line.indicator(), line.by(), line.kind().key(),
                    line.text(), String.valueOf(line.id()))));
        }
        return text.toString();
    }

    static CityQuestions parse(String text, Path file) {
        List<Question> lines = new ArrayList<>();
        int line = 1;
        for (List<String> row : RoundCsv.rows(text, HEADER, file)) {
            line++;
            try {
                lines.add(new Question(Instant.parse(row.get(0)), row.get(1), row.get(2), Question.Kind.parse(row.get(3)),
                        row.get(4), Integer.parseInt(row.get(5).strip())));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw InputException.of(Location.of(file).atLine(line), "not a question or an answer (`"
                        + String.join(",", row) + "`); this file is written by Etalon: restore it from the workspace's history");
            }
        }
        return new CityQuestions(lines);
    }
}
