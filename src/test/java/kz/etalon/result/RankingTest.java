package kz.etalon.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void whenScoresDiffer_thenTheHigherScoreRanksFirst() {
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0.5", "50", "50"), city("B", "0.75", "40", "40")),
                List.of("index"));

        assertThat(ranked).extracting(CityResult::city).containsExactly("B", "A");
        assertThat(ranked).extracting(CityResult::rank).containsExactly(1, 2);
    }

    @Test
    void whenScoresTie_thenTheIndexBreaksTheTie() {
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0.5", "50.1", "10"), city("B", "0.5", "50.2", "5")),
                List.of("index"));

        assertThat(ranked).extracting(CityResult::city).containsExactly("B", "A");
    }

    @Test
    void whenATieBreakNamesAGroup_thenThatGroupsAverageDecidesBeforeTheIndex() {
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0.5", "60", "10"), city("B", "0.5", "50", "20")),
                List.of("main", "index"));

        assertThat(ranked).extracting(CityResult::city).containsExactly("B", "A");
    }

    @Test
    void whenCitiesAreEqualOnEveryKey_thenTheyShareARankAndTheNextRankSkips() {
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0.5", "50", "10"), city("B", "0.6", "50", "10"),
                city("C", "0.6", "50", "10"), city("D", "0.6", "50", "10")), List.of("index"));

        assertThat(ranked).extracting(CityResult::city).containsExactly("B", "C", "D", "A");
        assertThat(ranked).extracting(CityResult::rank).containsExactly(1, 1, 1, 4);
    }

    @Test
    void whenNoTieBreakIsGiven_thenEqualScoresShareARankInFileOrder() {
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0.5", "10", "10"), city("B", "0.5", "90", "90")),
                List.of());

        assertThat(ranked).extracting(CityResult::city).containsExactly("A", "B");
        assertThat(ranked).extracting(CityResult::rank).containsExactly(1, 1);
    }

    @Test
    void whenACityHasNoIndex_thenItComesAfterThoseWithOneAndTwoSuchCitiesTie() {
        // a city with nothing of its total scored has no index (found by EvaluatorAgainstV2ReferenceTest)
        List<CityResult> ranked = Ranking.rank(List.of(city("A", "0", null, "0"), city("B", "0", "10", "0"),
                city("C", "0", null, "0")), List.of("index"));

        assertThat(ranked).extracting(CityResult::city).containsExactly("B", "A", "C");
        assertThat(ranked).extracting(CityResult::rank).containsExactly(1, 2, 2);
    }

    private static CityResult city(String name, String score, String index, String mainAverage) {
        BigDecimal average = new BigDecimal(mainAverage);
        GroupResult main = new GroupResult("main", average, 1, average, 1, 0, BigDecimal.ONE, BigDecimal.ONE,
                new GroupResult.Rules("", "", "", ""));
        return new CityResult(name, 0, BigDecimal.ONE, new BigDecimal(score), index == null ? null : new BigDecimal(index), List.of(main),
                List.of(), List.of(), "", "");
    }
}
