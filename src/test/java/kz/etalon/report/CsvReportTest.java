package kz.etalon.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.etalon.analysis.Fragility;
import kz.etalon.analysis.Fragility.FragileGroup;
import kz.etalon.app.Bundled;
import kz.etalon.result.Evaluation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CsvReportTest {

    private static Evaluation evaluation;

    @BeforeAll
    static void evaluate() {
        evaluation = Bundled.kz2019(null).evaluation();
    }

    @Test
    void theIctGroupAndTheIctAreaHaveColumnsOfTheirOwn() {
        List<String> header = header(CsvReport.render(evaluation));

        assertThat(header).doesNotHaveDuplicates();
        assertThat(header).startsWith("rank", "city", "score", "points", "index", "group.priority.average",
                "group.priority.rounded", "group.priority.points", "group.priority.weighted");
        assertThat(header).contains("group.ict.average", "area.ict.average", "area.ctm.average").doesNotContain("ict.average");
        assertThat(header).hasSize(5 + 3 * 4 + 12);
    }

    @Test
    void withFragileResultsEachGroupSaysItsNearestEdgeAndWhatCrossingItChanges() {
        List<FragileGroup> fragile = Bundled.app().fragility(Bundled.kz2019(null), BigDecimal.ONE);
        String csv = CsvReport.render(evaluation, Optional.of(fragile));
        List<String> header = header(csv);
        List<String> atyrau = Arrays.stream(csv.split("\n")).filter(line -> line.contains(",Atyrau,")).findFirst()
                .map(line -> List.of(line.split(",", -1))).orElseThrow();
        List<String> almaty = Arrays.stream(csv.split("\n")).filter(line -> line.contains(",Almaty,")).findFirst()
                .map(line -> List.of(line.split(",", -1))).orElseThrow();

        assertThat(header).doesNotHaveDuplicates().hasSize(5 + 3 * 9 + 12);
        // Atyrau's additional group: average 19.99995 (20 rounded), about 0.5 below the edge 20.5; crossing it gives 2 points, 14 in all
        assertThat(atyrau.get(header.indexOf("group.additional.edge"))).isEqualTo("20.5");
        assertThat(Double.parseDouble(atyrau.get(header.indexOf("group.additional.distance"))))
                .isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));
        assertThat(atyrau.get(header.indexOf("group.additional.points_if_crossed"))).isEqualTo("2");
        assertThat(atyrau.get(header.indexOf("group.additional.total_if_crossed"))).isEqualTo("14");
        assertThat(atyrau.get(header.indexOf("group.additional.rank_if_crossed"))).isEqualTo("12");
        assertThat(almaty.get(header.indexOf("group.additional.edge"))).isEmpty();
        assertThat(csv.split("\n")).hasSize(18);
    }

    private static List<String> header(String csv) {
        return List.of(csv.substring(0, csv.indexOf('\n')).split(","));
    }
}
