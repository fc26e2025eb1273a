package kz.etalon.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.TreeMap;
import kz.etalon.analysis.Sensitivity.CityRanks;
import kz.etalon.analysis.Uncertainty;
import kz.etalon.i18n.Messages;

/** How solid each rank is: its interval over the runs and the most likely ranks. */
public final class SensitivityReport {

    private SensitivityReport() {
    }

    /** One standard's figures, and what was varied. */
    public record Section(String standard, Uncertainty varied, List<CityRanks> cities) {
    }

    public static String text(List<Section> sections, int runs, long seed, String language) {
        Messages m = Messages.of(language);
        StringBuilder out = new StringBuilder();
        for (Section section : sections) {
            out.append(m.get("sensitivityText.header", section.standard(), runs, String.valueOf(seed),
                    varied(section.varied(), m))).append('\n');
            TextTable table = new TextTable(List.of(m.get("col.city"), m.get("col.rank"), m.get("col.median"),
                    m.get("sensitivityText.percentiles"), m.get("sensitivityText.sameRank"), m.get("sensitivityText.likely")),
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
            node.put("varied", varied(section.varied(), Messages.of("en")));
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

    /** What the runs varied: {@code values ±5% (shares and numbers; yes/no unchanged); rounding half_up/floor}. */
    public static String varied(Uncertainty u, Messages m) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("sensitivityText.noise", m.plain(u.noise())));
        if (!u.roundings().isEmpty()) {
            parts.add(m.get("sensitivityText.rounding", String.join("/", u.roundings().stream()
                    .map(mode -> mode.name().toLowerCase(Locale.ROOT))
                    .map(key -> m.has("rounding." + key) ? m.get("rounding." + key) : key).toList())));
        }
        if (!u.missing().isEmpty()) {
            parts.add(m.get("sensitivityText.missing", String.join("/", u.missing().stream()
                    .map(policy -> m.get("missing." + policy.key())).toList())));
        }
        new TreeMap<>(u.factors()).forEach((name, values) -> parts.add(m.get("sensitivityText.factor", name,
                values.stream().map(m::plain).toList().toString())));
        return String.join("; ", parts);
    }

    /** The three most likely ranks with their probabilities: {@code 3: 62%, 4: 30%, 2: 8%}. */
    public static String likely(Map<Integer, Double> probabilities) {
        List<Map.Entry<Integer, Double>> top = new ArrayList<>(probabilities.entrySet());
        top.sort(Map.Entry.<Integer, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : top.subList(0, Math.min(3, top.size()))) {
            parts.add(entry.getKey() + ": " + percent(entry.getValue()));
        }
        return String.join(", ", parts);
    }

    /** A probability as a whole percentage: {@code 62%}. */
    public static String percent(double p) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", p * 100);
    }
}
