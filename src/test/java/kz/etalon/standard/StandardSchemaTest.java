package kz.etalon.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * standards/schema/etalon-v1.schema.json, the schema editors use, checked with a JSON Schema validator:
 * every shipped standard passes it and names it on its first line; every invalid fixture is either
 * rejected by it or listed here as beyond what a schema can say (those only `validate` finds).
 */
class StandardSchemaTest {

    static final Path SCHEMA = Path.of("standards/schema/etalon-v1.schema.json");
    static final String FIRST_LINE = "# yaml-language-server: $schema=schema/etalon-v1.schema.json";

    /** Broken in ways a JSON Schema cannot express: across ids, across bands, or in the loaded rules. */
    private static final Set<String> BEYOND_SCHEMA = Set.of(
            "area-in-no-group.yaml", "area-in-two-groups.yaml", "band-edge-finer.yaml", "bands-gap.yaml",
            "bands-overlap.yaml", "duplicate-area-id.yaml", "duplicate-group-id.yaml", "duplicate-indicator-id.yaml",
            "group-undefined-area.yaml", "method-typo.yaml", "points-not-increasing.yaml",
            "tie-break-unknown.yaml", "unknown-factor.yaml");

    /** Not YAML data at all (a syntax error, a duplicate key): no tree to give a schema. */
    private static final Set<String> NOT_DATA = Set.of("yaml-syntax.yaml", "duplicate-key.yaml");

    private static final Schema schema = loadSchema();

    private static Schema loadSchema() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(Files.readString(SCHEMA));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** YAML read as plain data (safe construction, duplicate keys refused), as a JSON tree. */
    static JsonNode tree(Path yaml) throws IOException {
        Object data = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
                .loadFromString(Files.readString(yaml));
        return JsonMapper.builder().build().valueToTree(data);
    }

    private static List<Error> errors(Path yaml) throws IOException {
        return schema.validate(tree(yaml));
    }

    private static List<Path> yamlIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void theSchemaIsItselfAValidDraft202012Schema() throws IOException {
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        List<Error> problems = meta.validate(JsonMapper.builder().build().readTree(Files.readString(SCHEMA)));

        assertThat(problems).isEmpty();
    }

    @Test
    void everyShippedStandard_passesTheSchemaAndNamesItOnItsFirstLine() throws IOException {
        // the v1 schema describes v1 files; an etalon/v2 file has no JSON Schema yet
        List<Path> standards = yamlIn(Path.of("standards")).stream().filter(StandardSchemaTest::isV1).toList();
        assertThat(standards).isNotEmpty();
        for (Path standard : standards) {
            assertThat(Files.readAllLines(standard).get(0)).as("%s first line", standard).isEqualTo(FIRST_LINE);
            assertThat(standard.resolveSibling("schema/etalon-v1.schema.json")).exists();
            assertThat(errors(standard)).as("%s against the schema", standard).isEmpty();
        }
    }

    private static boolean isV1(Path standard) {
        try {
            return !Files.readString(standard).contains("\nschema: etalon/v2");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theValidFixtures_passTheSchema() throws IOException {
        for (Path fixture : yamlIn(StandardValidationTest.VALID)) {
            assertThat(errors(fixture)).as("%s against the schema", fixture).isEmpty();
        }
    }

    @Test
    void everyInvalidFixture_isRejectedByTheSchemaOrListedAsBeyondIt() throws IOException {
        List<Path> fixtures = yamlIn(StandardValidationTest.INVALID);
        int rejected = 0;
        for (Path fixture : fixtures) {
            String name = fixture.getFileName().toString();
            if (NOT_DATA.contains(name)) {
                assertThatThrownBy(() -> tree(fixture)).as(name).isInstanceOf(YamlEngineException.class);
            } else if (BEYOND_SCHEMA.contains(name)) {
                assertThat(errors(fixture)).as("%s is listed as beyond the schema, so the schema passes it", name).isEmpty();
            } else {
                assertThat(errors(fixture)).as("%s should be rejected by the schema", name).isNotEmpty();
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThanOrEqualTo(12);
    }

    @Test
    void whenAKeyIsMisspelt_thenTheSchemaNamesIt() throws IOException {
        List<Error> found = errors(StandardValidationTest.INVALID.resolve("unknown-key.yaml"));

        assertThat(found).extracting(Error::toString).anySatisfy(message -> assertThat(message).contains("factr"));
    }

    @Test
    void whenRulesNameAPath_thenTheSchemaRejectsIt() throws IOException {
        List<Error> found = errors(StandardValidationTest.INVALID.resolve("rules-path.yaml"));

        assertThat(found).extracting(Error::toString).anySatisfy(message -> assertThat(message).contains("/rules/0"));
    }
}
