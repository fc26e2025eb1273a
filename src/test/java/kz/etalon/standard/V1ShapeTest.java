package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A v2 standard shaped exactly like v1 is read as v1 (groups, areas, named factors); any other shape stays v2. */
class V1ShapeTest {

    private static final String TOP = """
            schema: etalon/v2
            id: shape
            year: 2030
            title: {en: Shape}
            rules: [common]
            missing: zero
            factors: {K1: 1, K2: 2}
            bands:
              points:
                bounds: rounded
                rounding: {mode: half_up, decimals: 0}
                steps:
                  - {min: 0, max: 50, points: 1}
                  - {min: 51, max: 100, points: 2}
            indicators:
              - {id: a.01, method: share, name: {en: A one}}
              - {id: a.02, method: yes_no, name: {en: A two}}
              - {id: b.01, method: share, name: {en: B one}}
            classifications:
              - id: spheres
                nodes:
            """;
    private static final String TAIL = """
            total: {classification: spheres, max_score: 6}
            ranking: {tie_break: [index]}
            """;

    @TempDir
    Path dir;

    private Standard read(String nodes, Problems problems) throws IOException {
        Path file = dir.resolve("shape.yaml");
        Files.writeString(file, TOP + nodes + TAIL);
        return StandardReader.read(file, problems).orElse(null);
    }

    @Test
    void groupsOfAreasWithNamedFactorsReadAsTheV1StandardTheyAre() throws IOException {
        Problems problems = new Problems();
        Standard standard = read("""
                      - {id: main, aggregation: mean, bands: points, factor: K2, missing: zero, name: {en: Main}}
                      - {id: extra, aggregation: mean, bands: points, factor: K2, missing: zero, name: {en: Extra}}
                      - {id: a, parent: main, name: {en: Area A}, indicators: [a.01, a.02]}
                      - {id: b, parent: extra, name: {en: Area B}, indicators: [b.01]}
                """, problems);

        assertThat(problems.hasErrors()).as(problems.sorted().toString()).isFalse();
        assertThat(standard.groupsAndAreas()).isTrue();
        assertThat(standard.groups()).extracting(Group::factor).containsExactly("K2", "K2");
        assertThat(standard.scoring().factors()).containsEntry("K1", java.math.BigDecimal.ONE);
        assertThat(standard.scoring().bands()).extracting(Band::points).containsExactly(1, 2);
        assertThat(standard.indicator("b.01").orElseThrow().areaId()).isEqualTo("b");
    }

    @Test
    void aNodeWithACodeOrAFactorWithoutANameStaysAV2Standard() throws IOException {
        Standard coded = read("""
                      - {id: main, code: "M", aggregation: mean, bands: points, factor: K2, missing: zero, name: {en: Main}}
                      - {id: a, parent: main, name: {en: Area A}, indicators: [a.01, a.02, b.01]}
                """, new Problems());
        Standard unnamed = read("""
                      - {id: main, aggregation: mean, bands: points, factor: 2, missing: zero, name: {en: Main}}
                      - {id: a, parent: main, name: {en: Area A}, indicators: [a.01, a.02, b.01]}
                """, new Problems());

        assertThat(coded.groupsAndAreas()).isFalse();
        assertThat(unnamed.groupsAndAreas()).isFalse();
        assertThat(unnamed.method().totalNodes().get(0).factor()).isEqualByComparingTo("2");
    }

    @Test
    void aFactorNamedButNotDefinedIsAnErrorAtItsLineSuggestingTheName() throws IOException {
        Problems problems = new Problems();
        read("""
                      - {id: main, aggregation: mean, bands: points, factor: K3, missing: zero, name: {en: Main}}
                      - {id: a, parent: main, name: {en: Area A}, indicators: [a.01, a.02, b.01]}
                """, problems);

        assertHasError(problems, dir.resolve("shape.yaml"), 22, "factor `K3` is neither a number nor one of `factors:`");
    }

    @Test
    void aBandTableGivingNoPointsInAnyBandIsAnErrorAtItsLine() throws IOException {
        // found by EvaluatorAgainstV2ReferenceTest: such a table made the evaluation divide by 0
        Path file = dir.resolve("zero.yaml");
        Files.writeString(file, TOP.replace("- {min: 0, max: 50, points: 1}", "- {min: 0, max: 50, points: 0}")
                .replace("- {min: 51, max: 100, points: 2}", "- {min: 51, max: 100, points: 0}") + """
                      - {id: a, name: {en: Area A}, bands: points, indicators: [a.01, a.02, b.01]}
                """);
        Problems problems = new Problems();

        StandardReader.read(file, problems);

        assertHasError(problems, file, 10, "band table `points` gives 0 points in every band");
    }
}
