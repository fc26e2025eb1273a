package kz.etalon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.Test;

/**
 * The method lives in the DRL and the standard in the YAML: no Java string literal in main code names a
 * scoring method (the @method tags of rules/), an area or a group (the ids of the shipped standards).
 * The keys of the schema are not names of the method, even where a word is both (`target:` is a key, and
 * the method that reads it is also called target), so they may be written in the reader.
 */
class NoMethodLiteralsTest {

    private static final Pattern METHOD_TAG = Pattern.compile("@method\\(\"([^\"]+)\"\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void noJavaStringLiteralNamesAMethodAnAreaOrAGroup() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> drl = Files.walk(Path.of("rules"))) {
            for (Path file : drl.filter(f -> f.toString().endsWith(".drl")).toList()) {
                Matcher m = METHOD_TAG.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        try (Stream<Path> yaml = Files.list(Path.of("standards"))) {
            for (Path file : yaml.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Standard standard = StandardReader.read(file, new Problems()).orElseThrow();
                standard.areas().forEach(area -> names.add(area.id()));
                standard.groups().forEach(group -> names.add(group.id()));
            }
        }
        assertThat(names).as("method names and ids were found").contains("share", "priority", "ict").hasSizeGreaterThan(10);
        names.removeAll(schemaKeys());
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Path.of("src/main/java"))) {
            for (Path file : java.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher literal = STRING_LITERAL.matcher(lines.get(i));
                    while (literal.find()) {
                        if (names.contains(literal.group(1))) {
                            offenders.add(file + ":" + (i + 1) + ": \"" + literal.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(offenders).as("string literals naming a method, area or group").isEmpty();
    }

    @Test
    void theScanWouldFindALiteralThatNamesAGroup() {
        Matcher literal = STRING_LITERAL.matcher("if (group.id().equals(\"priority\")) {");
        assertThat(literal.find()).isTrue();
        assertThat(literal.group(1)).isEqualTo("priority");
    }

    /** Every property name of the standard's JSON Schema: the YAML keys, which code may name. */
    private static Set<String> schemaKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> schemas = Files.list(Path.of("standards/schema"))) {
            for (Path schema : schemas.filter(f -> f.toString().endsWith(".json")).toList()) {
                collectProperties(new ObjectMapper().readTree(schema.toFile()), keys);
            }
        }
        assertThat(keys).contains("target", "method", "bands");
        return keys;
    }

    private static void collectProperties(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("properties") && field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(keys::add);
                }
                collectProperties(field.getValue(), keys);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectProperties(child, keys));
        }
    }
}
