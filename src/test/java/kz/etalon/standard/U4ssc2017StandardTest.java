package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;

/**
 * The bundled U4SSC standard (standards/u4ssc-2017.yaml) as read: the KPIs whose pages were read, their ids
 * derived from their codes, one benchmark, and the two classifications that cross.
 */
class U4ssc2017StandardTest {

    private static final Path FILE = Path.of("standards", "u4ssc-2017.yaml");
    private static final Pattern CODE = Pattern.compile("(.+?)(?: \\((.+)\\))?");

    private final Problems problems = new Problems();
    private final Standard standard = StandardReader.read(FILE, problems).orElseThrow();

    /** The rule for ids: each ": " of the code is a ".", and a data point's suffix "(X)" is appended as ".X". */
    static String idOf(String code) {
        Matcher matcher = CODE.matcher(code);
        assertThat(matcher.matches()).as(code).isTrue();
        return matcher.group(1).replace(": ", ".") + (matcher.group(2) == null ? "" : "." + matcher.group(2));
    }

    private IndicatorSpec spec(String id) {
        return standard.method().spec(id);
    }

    @Test
    void theFileIsReadWithoutAnyErrorOrWarning() {
        assertThat(problems.sorted()).as(render(problems.sorted())).isEmpty();
        assertThat(standard.id()).isEqualTo("u4ssc-2017");
        assertThat(standard.method().total()).isEmpty();
        assertThat(standard.method().ranked()).isFalse();
    }

    @Test
    void itHoldsTheTwentyFourKpisReadAsTwentyNineIndicatorsOnePerDataPoint() {
        List<String> codes = standard.indicators().map(i -> spec(i.id()).code()).toList();
        List<String> kpis = codes.stream().map(code -> code.replaceFirst(" \\(.*\\)$", "")).distinct().toList();

        assertThat(codes).hasSize(29).doesNotHaveDuplicates();
        assertThat(kpis).hasSize(24);
        assertThat(codes).contains("EN: EN: AQ: 1C (PM10)", "EN: EN: AQ: 1C (PM2.5)", "EN: EN: AQ: 1C (NO2)",
                "EN: EN: AQ: 1C (SO2)", "EN: EN: AQ: 1C (O3)", "EC: ICT: PS: 1A (Percentage)", "EC: ICT: PS: 1A (Number)");
    }

    @Test
    void everyIdIsItsCodeWithColonsAsDotsAndItsDataPointAsASuffix() {
        assertThat(idOf("EC: ICT: ICT: 2C")).isEqualTo("EC.ICT.ICT.2C");
        assertThat(idOf("EC: ICT: ICT: 4C (3G)")).isEqualTo("EC.ICT.ICT.4C.3G");
        standard.indicators().forEach(indicator ->
                assertThat(indicator.id()).as(spec(indicator.id()).code()).isEqualTo(idOf(spec(indicator.id()).code())));
    }

    @Test
    void everyKpiHasItsTierAndThePageItWasReadFrom() {
        standard.indicators().forEach(indicator -> {
            assertThat(spec(indicator.id()).attributes().get("tier")).as(indicator.id()).isIn("core", "advanced");
            assertThat(indicator.source().in("en")).as(indicator.id())
                    .containsPattern("https://www\\.itu\\.int/en/publications/Documents/tsb/20(17|22)-U4SSC-[^ ;]+/page\\d+\\.html");
        });
        // the code's last letter and the page's Type agree on every KPI read
        standard.indicators().forEach(indicator -> assertThat(spec(indicator.id()).attributes().get("tier"))
                .as(indicator.id()).isEqualTo(idOf(spec(indicator.id()).code()).matches(".*\\.\\d+C(\\..*)?") ? "core" : "advanced"));
    }

    @Test
    void onlyFixedBroadbandSubscriptionsHasABenchmarkEveryOtherKpiIsDeclaredWithoutOne() {
        Map<String, String> methods = new TreeMap<>();
        standard.indicators().forEach(indicator -> methods.put(indicator.id(), indicator.method()));

        assertThat(methods).containsEntry("EC.ICT.ICT.2C", "target");
        assertThat(standard.indicator("EC.ICT.ICT.2C").orElseThrow().target()).isEqualByComparingTo("60");
        assertThat(spec("EC.ICT.ICT.2C").bands()).isEqualTo("u4ssc-fixed-broadband");
        methods.remove("EC.ICT.ICT.2C");
        assertThat(methods.values()).hasSize(28).containsOnly("no_benchmark");
    }

    @Test
    void everyIndicatorIsInOneSubDimensionAndOneCategoryWhichMaySpanSubDimensions() {
        standard.indicators().forEach(indicator -> {
            for (String classification : List.of("dimensions", "categories")) {
                assertThat(standard.method().nodes().filter(node -> node.classification().equals(classification)
                        && node.indicators().contains(indicator.id()))).as(indicator.id() + " in " + classification).hasSize(1);
            }
        });
        MethodNode electricity = standard.method().node("categories/economy-electricity-supply").orElseThrow();
        assertThat(electricity.indicators()).contains("EC.ICT.ES.1C", "EC.I.ES.3C");
        MethodNode health = standard.method().node("categories/society-health").orElseThrow();
        assertThat(health.indicators()).contains("SC.EH.ED.5A");
    }
}
