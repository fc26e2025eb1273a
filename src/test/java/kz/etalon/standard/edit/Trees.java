package kz.etalon.standard.edit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The bundled standards' texts, their YAML trees (plain maps and lists) and their validation. */
final class Trees {

    private Trees() {
    }

    static String bundled(String id) {
        return read(Path.of("standards", id + ".yaml"));
    }

    /** The block-style test standard, commented everywhere. */
    static String block() {
        return read(Path.of("src/test/resources/kz/etalon/standard/edit/block.yaml"));
    }

    /** The tree of {@code after} is the tree of {@code before} changed by {@code change}, and nothing else. */
    static void assertTreeChange(String before, String after, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> expected = copy(tree(before));
        change.accept(expected);
        org.assertj.core.api.Assertions.assertThat(tree(after)).isEqualTo(expected);
    }

    static List<String> comments(String text) {
        return text.lines().filter(line -> line.strip().startsWith("#")).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> tree(String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
        return root;
    }

    /** A deep, mutable copy of a tree, to change in the test the way the edit should have. */
    @SuppressWarnings("unchecked")
    static <T> T copy(T node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v)));
            return (T) out;
        }
        if (node instanceof List<?> list) {
            return (T) new java.util.ArrayList<>(list.stream().map(Trees::copy).toList());
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String key) {
        return (Map<String, Object>) ((Map<String, Object>) node).get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String key) {
        return (List<Object>) ((Map<String, Object>) node).get(key);
    }

    /** The indicator with this id, found in the tree. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> indicator(Map<String, Object> root, String id) {
        if (root.containsKey("classifications")) {   // etalon/v2: one list of indicators
            for (Object indicator : list(root, "indicators")) {
                if (id.equals(((Map<String, Object>) indicator).get("id"))) {
                    return (Map<String, Object>) indicator;
                }
            }
            throw new AssertionError("no indicator " + id);
        }
        for (Object area : list(root, "areas")) {
            for (Object indicator : list(area, "indicators")) {
                if (id.equals(((Map<String, Object>) indicator).get("id"))) {
                    return (Map<String, Object>) indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + id);
    }

    /** The first area of a v1 tree, or the first node that holds indicators of a v2 one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> firstArea(Map<String, Object> root) {
        if (!root.containsKey("classifications")) {
            return (Map<String, Object>) list(root, "areas").get(0);
        }
        return list(root, "classifications").stream().flatMap(c -> list(c, "nodes").stream())
                .map(node -> (Map<String, Object>) node).filter(node -> node.containsKey("indicators")).findFirst()
                .orElseThrow();
    }

    /** The ids of an area's indicators (v1: its entries; v2: the ids its node lists). */
    static List<String> indicatorIdsOf(Map<String, Object> root, Map<String, Object> area) {
        return list(area, "indicators").stream().map(i -> i instanceof Map<?, ?> m ? (String) m.get("id") : (String) i)
                .toList();
    }

    /** Reads {@code text} as the standard {@code id} through the product's reader (throws with its problems). */
    static Standard validated(Path dir, String id, String text) {
        try {
            Path file = dir.resolve(id + ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return StandardReader.readOrThrow(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code before} that are not in {@code after}, and the reverse: what an edit touched. */
    static List<String> changedLines(String before, String after) {
        List<String> left = before.lines().toList();
        List<String> right = after.lines().toList();
        List<String> changes = new java.util.ArrayList<>();
        left.stream().filter(line -> !right.contains(line)).forEach(line -> changes.add("- " + line));
        right.stream().filter(line -> !left.contains(line)).forEach(line -> changes.add("+ " + line));
        return changes;
    }
}
