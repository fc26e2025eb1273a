package kz.etalon.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HintsTest {

    private static final List<String> KEYS = List.of("id", "factor", "name", "areas");

    @Test
    void whenOneLetterIsMissing_thenTheKnownNameIsSuggested() {
        assertThat(Hints.closest("factr", KEYS)).contains("factor");
    }

    @Test
    void whenTwoLettersAreSwapped_thenTheKnownNameIsSuggested() {
        assertThat(Hints.closest("targte", List.of("yes_no", "share", "target"))).contains("target");
    }

    @Test
    void whenAnIndicatorIdLacksItsLeadingZero_thenTheIdIsSuggested() {
        assertThat(Hints.closest("hlt.1", List.of("hlt.01", "hlt.02", "edu.01"))).contains("hlt.01");
    }

    @Test
    void whenTheNameIsFarFromEveryKnownName_thenNothingIsSuggested() {
        assertThat(Hints.closest("population", KEYS)).isEmpty();
        assertThat(Hints.didYouMean("population", KEYS)).isEmpty();
    }

    @Test
    void whenNothingIsKnown_thenNothingIsSuggested() {
        assertThat(Hints.closest("factor", Set.of())).isEmpty();
    }

    @Test
    void whenTheNameDiffersOnlyInCase_thenItIsSuggested() {
        assertThat(Hints.closest("Index", List.of("score", "index"))).contains("index");
    }

    @Test
    void whenOneCandidateDiffersOnlyInCase_thenItBeatsACandidateWithADifferentLetter() {
        assertThat(Hints.closest("ECO", List.of("eco", "ECG"))).contains("eco");
    }

    @Test
    void whenTwoCandidatesAreEquallyClose_thenNoneIsGuessed() {
        assertThat(Hints.closest("K3", Set.of("K2", "K1"))).isEmpty();
        assertThat(Hints.didYouMean("K3", Set.of("K2", "K1"))).isEmpty();
    }

    @Test
    void whenASuggestionExists_thenDidYouMeanQuotesItWithBackticks() {
        assertThat(Hints.didYouMean("indx", List.of("score", "index"))).isEqualTo("; did you mean `index`?");
    }

    @Test
    void whenAShortNameIsTyped_thenOneEditIsStillAllowed() {
        assertThat(Hints.closest("K", List.of("K1"))).contains("K1");
    }

    @Test
    void whenTheAllowedDistanceGrowsWithLength_thenAThirdOfTheLettersMayDiffer() {
        assertThat(Hints.closest("provenence", List.of("provenance"))).contains("provenance");
        assertThat(Hints.closest("abcdef", List.of("abcxyz"))).isEmpty();
    }
}
