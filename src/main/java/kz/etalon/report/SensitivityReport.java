package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.etalon.analysis.Sensitivity.CityRanks;

/** How solid each rank is: its interval over the runs and the most likely ranks. */
public final class SensitivityReport {

    private SensitivityReport() {
    }

    /** One standard's figures, and the sentence that says what was varied. */
    public record Section(String standard, String varied, List<CityRanks> cities) {
    }

    public static String text(List<Section> sections, int runs, long seed) {
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            out.append(section.standard()).append(": ").append(runs).append(" runs, seed ").append(seed).append("; ")
                    .append(section.varied()).append('\n');
            TextTable table = new TextTable(List.of("City", "Rank", "Median", "5th-95th", "P(same rank)", "Most likely ranks"),
                    List.of(false, true, true, true, true, false));
            for (CityRanks city : section.cities()) {
                table.add(List.of(city.city(), String.valueOf(city.evaluatedRank()), String.valueOf(city.median()),
                        city.p5() + "-" + city.p95(), percent(city.probabilityOfEvaluatedRank()), likely(city.probabilities())));
            }
            out.append(table.render()).append('\n');
        }
        return out.toString();
    }

    public static String json(List<Section> sections, int runs, long seed) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("runs", runs);
        root.put("seed", seed);
        ArrayNode standards = root.putArray("standards");
        for (Section section : sections) {
            ObjectNode node = standards.addObject();
            node.put("standard", section.standard());
            node.put("varied", section.varied());
            ArrayNode cities = node.putArray("cities");
            for (CityRanks city : section.cities()) {
                ObjectNode c = cities.addObject();
                c.put("city", city.city());
                c.put("rank", city.evaluatedRank());
                c.put("median", city.median());
                c.put("p5", city.p5());
                c.put("p95", city.p95());
                ObjectNode probabilities = c.putObject("probabilities");
                city.probabilities().forEach((rank, p) -> probabilities.put(String.valueOf(rank), p));
            }
        }
        return Json.write(root);
    }

    private static String likely(Map<Integer, Double> probabilities) {
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(probabilities.entrySet());
        top.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : top.subList(0, Math.min(3, top.size()))) {
            parts.add(entry.getKey() + ": " + percent(entry.getValue()));
        }
        return String.join(", ", parts);
    }

    private static String percent(double p) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", p * 100);
    }
}
