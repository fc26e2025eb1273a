package kz.etalon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.app.RoundStatus;
import kz.etalon.round.Round;
import kz.etalon.round.Step;

/** {@code round status}: a table for people, JSON for programs. */
final class RoundStatusText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private RoundStatusText() {
    }

    static String table(RoundStatus status) {
        Round round = status.round();
        StringBuilder text = new StringBuilder("round " + round.id() + ": " + round.standard() + ", year " + round.year()
                + round.deadline().map(date -> ", deadline " + date).orElse("") + "; " + status.approved() + " of "
                + status.cities().size() + " cities approved" + (status.provisional() ? " (results provisional)" : "") + "\n\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("city", "state", "timeliness", "values", "explained", "open questions", "last step"));
        for (RoundStatus.CityStatus city : status.cities()) {
            rows.add(List.of(city.city().name(), city.state().key(), city.timeliness().key(),
                    city.given() + "/" + status.indicators(), String.valueOf(city.explained()), String.valueOf(city.openQuestions()),
                    city.lastStep().map(RoundStatusText::step).orElse("")));
        }
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == 0 ? "" : "  ").append(c == row.size() - 1 ? row.get(c) : String.format("%-" + widths[c] + "s", row.get(c)));
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static String step(Step step) {
        return step.kind().key() + " " + WHEN.format(step.when()) + " UTC by " + step.by();
    }

    static String json(RoundStatus status) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        Round round = status.round();
        root.put("round", round.id());
        root.put("standard", round.standard());
        root.put("year", round.year());
        root.put("deadline", round.deadline().map(Object::toString).orElse(null));
        root.put("indicators", status.indicators());
        root.put("approved", status.approved());
        root.put("provisional", status.provisional());
        ArrayNode cities = root.putArray("cities");
        for (RoundStatus.CityStatus city : status.cities()) {
            ObjectNode node = cities.addObject();
            node.put("city", city.city().name());
            node.put("state", city.state().key());
            node.put("timeliness", city.timeliness().key());
            node.put("given", city.given());
            node.put("explained", city.explained());
            node.put("openQuestions", city.openQuestions());
            city.lastStep().ifPresent(step -> {
                ObjectNode last = node.putObject("lastStep");
                last.put("step", step.kind().key());
                last.put("when", step.when().toString());
                last.put("by", step.by());
                last.put("reason", step.reason());
            });
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
