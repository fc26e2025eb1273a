package kz.etalon.standard.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of form edits on kz-2019 with a comment line before every line of its areas: after each
 * edit the text is YAML whose tree is the expected one and every comment line is still there; at the end
 * the product's reader accepts it.
 */
class YamlEditsRandomSequenceTest {

    private static final List<String> TEXTS = List.of("Plain name", "Доля «умных» услуг", "Қала: деректер", "yes",
            "1000", "a, b", "#hash", " padded ", "it's \"quoted\"", "per 1,000 residents", "100%", "- dash", "null",
            "Два\nстроки", "😀");

    @TempDir
    Path dir;

    @Test
    void randomEditsKeepTheTreeExpectedTheCommentsAndAValidStandard() {
        String commented = withCommentLines(Trees.bundled("kz-2019"));
        List<String> comments = Trees.comments(commented);
        for (int seed = 1; seed <= 25; seed++) {
            Random random = new Random(seed);
            String text = commented;
            Map<String, Object> expected = Trees.copy(Trees.tree(text));
            for (int step = 0; step < 20; step++) {
                text = randomEdit(random, text, expected, seed * 100 + step);
                assertThat(Trees.tree(text)).as("seed %d step %d", seed, step).isEqualTo(expected);
                assertThat(Trees.comments(text)).as("seed %d step %d", seed, step).isEqualTo(comments);
            }
            Trees.validated(dir, "kz-2019", text);
        }
    }

    /** A comment line, indented like the line it precedes, before every line from {@code areas:} on. */
    private static String withCommentLines(String text) {
        List<String> out = new ArrayList<>();
        boolean inAreas = false;
        int n = 0;
        for (String line : text.lines().toList()) {
            inAreas |= line.equals("areas:");
            if (inAreas) {
                out.add(" ".repeat(line.length() - line.stripLeading().length()) + "# note " + n++);
            }
            out.add(line);
        }
        return String.join("\n", out) + "\n";
    }

    @SuppressWarnings("unchecked")
    private static String randomEdit(Random random, String text, Map<String, Object> expected, int serial) {
        List<Object> areas = Trees.list(expected, "areas");
        Map<String, Object> area = (Map<String, Object>) areas.get(random.nextInt(areas.size()));
        List<Object> indicators = Trees.list(area, "indicators");
        Map<String, Object> indicator = (Map<String, Object>) indicators.get(random.nextInt(indicators.size()));
        String id = (String) indicator.get("id");
        String value = TEXTS.get(random.nextInt(TEXTS.size()));
        switch (random.nextInt(9)) {
            case 0 -> {
                String language = List.of("en", "ru", "kk").get(random.nextInt(3));
                Trees.map(indicator, "name").put(language, value);
                return YamlEdits.setIndicator(text, id, "name." + language, value);
            }
            case 1 -> {
                boolean remove = random.nextBoolean();
                if (remove) {
                    indicator.remove("source");
                } else {
                    indicator.put("source", value);
                }
                return YamlEdits.setIndicator(text, id, "source", remove ? null : value);
            }
            case 2 -> {
                if (random.nextBoolean()) {
                    indicator.put("unit", value);
                    return YamlEdits.setIndicator(text, id, "unit", value);
                }
                String language = List.of("en", "ru", "kk").get(random.nextInt(3));
                Object unit = indicator.get("unit");
                Map<String, Object> byLanguage = unit instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
                byLanguage.put(language, value);
                indicator.put("unit", byLanguage);
                return YamlEdits.setIndicator(text, id, "unit." + language, value);
            }
            case 3 -> {
                String provenance = List.of("paper", "press", "illustrative").get(random.nextInt(3));
                indicator.put("provenance", provenance);
                return YamlEdits.setIndicator(text, id, "provenance", provenance);
            }
            case 4 -> {
                if (!"target".equals(indicator.get("method"))) {
                    return text;
                }
                int whole = 1 + random.nextInt(500);
                boolean half = random.nextBoolean();
                indicator.put("target", half ? (Object) (whole + 0.5) : (Object) whole);
                return YamlEdits.setIndicator(text, id, "target", whole + (half ? ".5" : ""));
            }
            case 5 -> {
                String newId = area.get("id") + ".n" + serial;
                Map<String, Object> added = new LinkedHashMap<>();
                added.put("id", newId);
                added.put("method", "yes_no");
                added.put("name", new LinkedHashMap<>(Map.of("en", value, "ru", "Новый", "kk", "Жаңа")));
                added.put("provenance", "illustrative");
                indicators.add(added);
                LinkedHashMap<String, String> fields = new LinkedHashMap<>();
                fields.put("id", newId);
                fields.put("method", "yes_no");
                fields.put("name.en", value);
                fields.put("name.ru", "Новый");
                fields.put("name.kk", "Жаңа");
                fields.put("provenance", "illustrative");
                return YamlEdits.addIndicator(text, (String) area.get("id"), fields);
            }
            case 6 -> {
                if (indicators.size() < 2) {
                    return text;
                }
                indicators.remove(indicator);
                return YamlEdits.removeIndicator(text, id);
            }
            case 7 -> {
                int year = 2000 + random.nextInt(100);
                expected.put("year", year);
                return YamlEdits.setTop(text, "year", String.valueOf(year));
            }
            default -> {
                List<Object> bands = Trees.list(Trees.map(expected, "scoring"), "bands");
                int lower = random.nextInt(bands.size() - 1);
                Map<String, Object> low = (Map<String, Object>) bands.get(lower);
                Map<String, Object> high = (Map<String, Object>) bands.get(lower + 1);
                int from = ((Number) low.get("min")).intValue();
                int to = ((Number) high.get("max")).intValue();
                if (to - from < 2) {
                    return text;
                }
                int edge = from + random.nextInt(to - from - 1);
                low.put("max", edge);
                high.put("min", edge + 1);
                String moved = YamlEdits.setBand(text, ((Number) low.get("points")).intValue(), null, String.valueOf(edge));
                return YamlEdits.setBand(moved, ((Number) high.get("points")).intValue(), String.valueOf(edge + 1), null);
            }
        }
    }
}
