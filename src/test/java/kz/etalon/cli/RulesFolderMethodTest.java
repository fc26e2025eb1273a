package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.etalon.engine.Fraction;
import kz.etalon.engine.ReferenceScorer;
import kz.etalon.engine.ReferenceSpecs;
import kz.etalon.standard.StandardReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard that changes its method with no Java change: kz-2030 (src/test/resources/workspaces/stepped)
 * brings its own rules folder, rules/kz-2030, with a `stepped` method, rounds down to one decimal and
 * has bands of unequal width. Every command run on it in a workspace of its own (with the shipped
 * rules/common and kz-2019 beside it) must give the figures the independent reference scorer gives.
 */
class RulesFolderMethodTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal CLOSE = new BigDecimal("1e-9");

    @TempDir
    static Path workspace;

    static ReferenceScorer.Spec spec;
    static List<ReferenceScorer.City> cities;
    static List<ReferenceScorer.CityScore> expected;

    @BeforeAll
    static void workspaceWithItsOwnRulesFolder() throws IOException {
        copyTree(Path.of("src/test/resources/workspaces/stepped"), workspace);
        copyTree(Path.of("rules/common"), workspace.resolve("rules/common"));
        Files.copy(Path.of("standards/kz-2019.yaml"), workspace.resolve("standards/kz-2019.yaml"));
        spec = kz2030();
        cities = referenceCities(workspace.resolve("data/kz-2030-cities.csv"));
        expected = ReferenceScorer.evaluate(spec, cities).orElseThrow();
    }

    @Test
    void evaluateJsonGivesTheReferenceRankPointsScoreIndexGroupsAndPercentsOfEveryCity() throws IOException {
        JsonNode result = json("evaluate", "--standard", "kz-2030", "--format", "json");

        assertThat(result.path("cities")).hasSize(expected.size());
        for (ReferenceScorer.CityScore reference : expected) {
            JsonNode city = cityNode(result.path("cities"), reference.name());
            assertThat(city.path("rank").asInt()).as(reference.name()).isEqualTo(reference.rank());
            assertThat(city.path("points").decimalValue()).isEqualByComparingTo(decimal(reference.points()));
            assertClose(city.path("score").decimalValue(), reference.score());
            assertClose(city.path("index").decimalValue(), reference.index());
            for (JsonNode group : city.path("groups")) {
                ReferenceScorer.GroupScore want = reference.groups().get(group.path("id").asText());
                assertClose(group.path("average").decimalValue(), want.average());
                assertThat(group.path("rounded").decimalValue()).isEqualByComparingTo(want.rounded());
                assertThat(group.path("points").asInt()).isEqualTo(want.points());
            }
            for (JsonNode indicator : city.path("indicators")) {
                assertClose(indicator.path("percent").decimalValue(), reference.percents().get(indicator.path("id").asText()));
            }
        }
    }

    @Test
    void theStandardsOwnMethodScoresItsIndicatorsAndTheTableShowsTheReferenceRanking() {
        CliRun table = run("evaluate", "--standard", "kz-2030");
        CliRun explain = run("evaluate", "--standard", "kz-2030", "--explain", "Aktau");

        for (ReferenceScorer.CityScore reference : expected) {
            assertThat(table.out()).containsPattern("(?m)^\\s*" + reference.rank()
                    + "\\s+" + reference.name() + "\\s+\\d+%\\s+" + decimal(reference.points()).toPlainString() + "/12\\s");
        }
        ReferenceScorer.CityScore aktau = score("Aktau");
        // ctm.09 = 17.5 against a target of 100 earns nothing under `stepped`; floor rounds 57.71 to 57.7
        assertThat(aktau.percents().get("ctm.09").compareTo(Fraction.ZERO)).isZero();
        assertThat(explain.out()).containsPattern("ctm\\.09 .* 17\\.5 +0\\.0% +rule \"percent: stepped\"")
                .contains("rounded        " + aktau.groups().get("core").rounded().toPlainString() + " (floor, 1 decimals)")
                .contains("= " + decimal(aktau.points()).toPlainString() + " points");
    }

    @Test
    void fragileFlagsTheGroupsTheReferenceFindsWithinTheDistanceAtTheFloorEdges() throws IOException {
        BigDecimal eps = new BigDecimal("3");
        JsonNode flagged = json("evaluate", "--standard", "kz-2030", "--fragile", eps.toPlainString(), "--format", "json")
                .path("fragile");

        List<String> want = new ArrayList<>();
        for (ReferenceScorer.CityScore city : expected) {
            city.groups().forEach((group, score) -> nearestEdge(score.average()).ifPresent(edge -> {
                if (edge.distance().compareTo(eps) <= 0) {
                    want.add(city.name() + " " + group + " " + edge.edge().stripTrailingZeros().toPlainString());
                }
            }));
        }
        List<String> got = new ArrayList<>();
        flagged.forEach(f -> got.add(f.path("city").asText() + " " + f.path("group").asText() + " "
                + f.path("edge").decimalValue().stripTrailingZeros().toPlainString()));
        assertThat(want).isNotEmpty();
        assertThat(got).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void compareAgainstKz2019GivesTheReferenceFiguresOnBothSides() throws IOException {
        ReferenceScorer.Spec kz2019 = ReferenceSpecs.spec(StandardReader.readOrThrow(workspace.resolve("standards/kz-2019.yaml")));
        List<ReferenceScorer.CityScore> before = ReferenceScorer.evaluate(kz2019, cities).orElseThrow();

        JsonNode comparison = json("compare", "--standard", "kz-2019", "--standard", "kz-2030", "--format", "json");

        assertThat(comparison.path("cities")).hasSize(expected.size());
        for (JsonNode city : comparison.path("cities")) {
            String name = city.path("city").asText();
            ReferenceScorer.CityScore a = before.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
            ReferenceScorer.CityScore b = score(name);
            assertThat(city.path("before").path("rank").asInt()).as(name).isEqualTo(a.rank());
            assertThat(city.path("before").path("points").decimalValue()).isEqualByComparingTo(decimal(a.points()));
            assertClose(city.path("before").path("index").decimalValue(), a.index());
            assertThat(city.path("after").path("rank").asInt()).isEqualTo(b.rank());
            assertThat(city.path("after").path("points").decimalValue()).isEqualByComparingTo(decimal(b.points()));
            assertClose(city.path("after").path("index").decimalValue(), b.index());
        }
    }

    @Test
    void whatifStepsScoreAsTheReferenceScoresTheCityWithThoseImprovements() throws IOException {
        JsonNode plan = json("whatif", "--standard", "kz-2030", "--city", "Aktau", "--format", "json");

        assertThat(plan.path("reached").asBoolean()).isTrue();
        ReferenceScorer.City aktau = cities.stream().filter(c -> c.name().equals("Aktau")).findFirst().orElseThrow();
        Map<String, BigDecimal> values = new LinkedHashMap<>(aktau.values());
        assertThat(plan.path("steps")).isNotEmpty();
        for (JsonNode step : plan.path("steps")) {
            values.put(step.path("indicator").asText(), number(step.path("value_after").asText()));
            List<ReferenceScorer.City> variant = new ArrayList<>(cities);
            variant.replaceAll(c -> c.name().equals("Aktau") ? new ReferenceScorer.City("Aktau", Map.copyOf(values)) : c);
            ReferenceScorer.CityScore after = ReferenceScorer.evaluate(spec, variant).orElseThrow().stream()
                    .filter(c -> c.name().equals("Aktau")).findFirst().orElseThrow();
            assertThat(step.path("points").decimalValue()).isEqualByComparingTo(decimal(after.points()));
            assertThat(step.path("rank").asInt()).isEqualTo(after.rank());
            step.path("group_points").fields().forEachRemaining(group ->
                    assertThat(group.getValue().asInt()).isEqualTo(after.groups().get(group.getKey()).points()));
        }
        assertThat(decimal(score("Aktau").points()).compareTo(plan.path("steps").get(plan.path("steps").size() - 1)
                .path("points").decimalValue())).isNegative();
    }

    @Test
    void sensitivityWithoutNoiseKeepsEveryCityAtItsReferenceRank() throws IOException {
        JsonNode result = json("sensitivity", "--standard", "kz-2030", "--noise", "0", "--runs", "3", "--format", "json");

        JsonNode ranks = result.path("standards").get(0).path("cities");
        assertThat(ranks).hasSize(expected.size());
        for (JsonNode city : ranks) {
            int rank = score(city.path("city").asText()).rank();
            assertThat(city.path("rank").asInt()).isEqualTo(rank);
            assertThat(city.path("median").asInt()).isEqualTo(rank);
        }
    }

    @Test
    void reportRanksEveryCityWithTheReferencePointsAndBandPoints() throws IOException {
        Path html = workspace.resolve("report.html");
        CliRun result = run("report", "--standard", "kz-2030", "--out", html.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        String page = Files.readString(html);

        for (ReferenceScorer.CityScore city : expected) {
            String row = "<tr data-city=\"" + city.name() + "\"><td>" + city.rank() + "</td>.*?<td>"
                    + decimal(city.points()).toPlainString() + "/12</td><td>[^<]*</td><td>[^<]*<b>"
                    + city.groups().get("core").points() + "</b></td><td>[^<]*<b>" + city.groups().get("extra").points()
                    + "</b></td></tr>";
            assertThat(page).containsPattern(row);
        }
    }

    /** kz-2030 as the reference describes it, written here from the YAML by hand. */
    private static ReferenceScorer.Spec kz2030() {
        List<ReferenceScorer.Band> bands = List.of(
                new ReferenceScorer.Band(new BigDecimal("0"), new BigDecimal("29.9"), 1),
                new ReferenceScorer.Band(new BigDecimal("30"), new BigDecimal("59.9"), 2),
                new ReferenceScorer.Band(new BigDecimal("60"), new BigDecimal("84.9"), 3),
                new ReferenceScorer.Band(new BigDecimal("85"), new BigDecimal("100"), 4));
        List<ReferenceScorer.Area> areas = List.of(
                new ReferenceScorer.Area("ctm", List.of(indicator("ctm.01", "share", null, false),
                        indicator("ctm.03", "yes_no", null, false), indicator("ctm.09", "stepped", "100", false))),
                new ReferenceScorer.Area("hlt", List.of(indicator("hlt.01", "share", null, false),
                        indicator("hlt.06", "target", "20", true), indicator("hlt.10", "stepped", "50", false))),
                new ReferenceScorer.Area("eco", List.of(indicator("eco.01", "stepped", "2", false),
                        indicator("eco.02", "yes_no", null, false), indicator("eco.03", "share", null, false))));
        List<ReferenceScorer.Group> groups = List.of(new ReferenceScorer.Group("core", "K2", List.of("ctm", "hlt")),
                new ReferenceScorer.Group("extra", "K1", List.of("eco")));
        return new ReferenceScorer.Spec(new BigDecimal("100"), RoundingMode.FLOOR, 1, "zero", bands,
                Map.of("K1", BigDecimal.ONE, "K2", BigDecimal.valueOf(2)), new BigDecimal("12"), List.of("index"), groups,
                areas);
    }

    private static ReferenceScorer.Indicator indicator(String id, String method, String target, boolean lower) {
        return new ReferenceScorer.Indicator(id, method, target == null ? null : new BigDecimal(target), lower);
    }

    /** The nearest band edge to a group average under kz-2030, from the reference's own edges. */
    private static java.util.Optional<Edge> nearestEdge(Fraction average) {
        Edge nearest = null;
        for (int i = 0; i + 1 < spec.bands().size(); i++) {
            BigDecimal edge = ReferenceScorer.edge(spec, spec.bands().get(i), spec.bands().get(i + 1));
            Fraction distance = average.minus(Fraction.of(edge)).abs();
            if (nearest == null || distance.compareTo(Fraction.of(nearest.distance())) < 0) {
                nearest = new Edge(edge, new BigDecimal(distance.toDouble(), MathContext.DECIMAL64));
            }
        }
        return java.util.Optional.ofNullable(nearest);
    }

    private record Edge(BigDecimal edge, BigDecimal distance) {
    }

    private static ReferenceScorer.CityScore score(String name) {
        return expected.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<ReferenceScorer.City> referenceCities(Path csv) throws IOException {
        Map<String, Map<String, BigDecimal>> byCity = new LinkedHashMap<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            String[] cells = line.split(",");
            byCity.computeIfAbsent(cells[0], name -> new LinkedHashMap<>()).put(cells[1], number(cells[2]));
        }
        List<ReferenceScorer.City> list = new ArrayList<>();
        byCity.forEach((name, values) -> list.add(new ReferenceScorer.City(name, values)));
        return list;
    }

    private static BigDecimal number(String text) {
        return switch (text) {
            case "yes" -> BigDecimal.ONE;
            case "no" -> BigDecimal.ZERO;
            default -> new BigDecimal(text);
        };
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    private static CliRun run(String... args) {
        return CliRun.in(workspace, args);
    }

    private static JsonNode cityNode(JsonNode cities, String name) {
        for (JsonNode city : cities) {
            if (city.path("city").asText().equals(name)) {
                return city;
            }
        }
        throw new AssertionError("no city " + name);
    }

    private static BigDecimal decimal(Fraction value) {
        return new BigDecimal(value.toDouble(), MathContext.DECIMAL64);
    }

    private static void assertClose(BigDecimal actual, Fraction reference) {
        assertThat(actual.subtract(decimal(reference)).abs()).isLessThanOrEqualTo(CLOSE);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
