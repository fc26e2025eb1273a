package kz.etalon.analysis;

import static kz.etalon.analysis.TinyPair.A;
import static kz.etalon.analysis.TinyPair.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.analysis.OutcomeDiff.Level;
import kz.etalon.city.CityFile;
import kz.etalon.engine.TestStandards;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tiny pair on data whose every outcome is computed by hand (in the comments). Under A:
 * P = main 71.25 (2 x 2) + side 30 (1 x 1) = 5 points, index 57.5; Q = 4 + 2 = 6, index 60.
 * Under B: P = main 56.67 (2 x 3) + side 40 (2 x 1) = 8, index 52.5; Q = 6 + 2 = 8, index 77.5.
 */
class ComparerTest {

    static final String DATA = """
            city,indicator,value
            P,x.1,yes
            P,x.2,80
            P,x.3,40
            P,x.old,10
            P,y.1,yes
            P,y.2,20
            P,y.new,no
            P,z.1,30
            Q,x.1,no
            Q,x.2,50
            Q,x.3,100
            Q,x.old,90
            Q,y.1,no
            Q,y.2,5
            Q,y.new,yes
            Q,z.1,70
            """;

    @TempDir
    Path dir;

    private Standard a;
    private Standard b;
    private CityFile data;
    private Scorer scorer;

    @BeforeEach
    void load() {
        a = TestStandards.standard(dir, "pair-a", A);
        b = TestStandards.standard(dir, "pair-b", B);
        data = TestStandards.cityFile(dir, "cities.csv", DATA);
        scorer = new Scorer(TestStandards.PROJECT_RULES);
    }

    @Test
    void everyRuleOutcomeThatDiffersIsListedAndNothingElse() {
        Comparison comparison = Comparer.compare(scorer.score(a, data), scorer.score(b, data));
        CityComparison p = comparison.comparisons().stream().filter(c -> c.city().equals("P")).findFirst().orElseThrow();

        assertThat(p.before().points()).isEqualByComparingTo("5");
        assertThat(p.after().points()).isEqualByComparingTo("8");
        assertThat(p.differences()).extracting(d -> d.level() + " " + d.id()).containsExactlyInAnyOrder(
                "GROUP main", "GROUP side", "AREA x", "AREA y",
                "INDICATOR x.1", "INDICATOR x.3", "INDICATOR x.old", "INDICATOR y.new");
        // ordered by effect on the total: main's factor 2 -> 3 adds 2 points, side's band 1 -> 2 adds 1
        assertThat(p.differences().subList(0, 2)).extracting(OutcomeDiff::id).containsExactly("main", "side");
        OutcomeDiff x1 = find(p, Level.INDICATOR, "x.1");
        assertThat(x1.before()).isEqualByComparingTo("100");
        assertThat(x1.after()).isNull();
        assertThat(x1.ruleBefore()).isEqualTo("percent: yes_no");
        assertThat(x1.ruleAfter()).isEqualTo("missing value is left out");
        assertThat(find(p, Level.INDICATOR, "x.old").onlyBefore()).isTrue();
        assertThat(find(p, Level.INDICATOR, "y.new").onlyAfter()).isTrue();
        OutcomeDiff side = find(p, Level.GROUP, "side");
        assertThat(side.pointsBefore()).isEqualTo(1);
        assertThat(side.pointsAfter()).isEqualTo(2);
        assertThat(side.pointsEffect()).isEqualByComparingTo("1");
    }

    @Test
    void theContributionsOfIndicatorsAndOfGroupsEachAddUpToTheIndex() {
        for (Standard standard : List.of(a, b)) {
            for (var city : scorer.score(standard, data).evaluation().cities()) {
                Contributions contributions = new Contributions(standard, city);
                double indicators = city.indicators().stream()
                        .mapToDouble(i -> contributions.indicator(i.id()).doubleValue()).sum();
                double groups = city.groups().stream().mapToDouble(g -> contributions.group(g.id()).doubleValue()).sum();
                assertThat(indicators).as(standard.id() + " " + city.city()).isCloseTo(city.index().doubleValue(), within(1e-9));
                assertThat(groups).isCloseTo(city.index().doubleValue(), within(1e-9));
            }
        }
        CityComparison p = Comparer.compare(scorer.score(a, data), scorer.score(b, data)).comparisons().stream()
                .filter(c -> c.city().equals("P")).findFirst().orElseThrow();
        assertThat(p.before().index().doubleValue()).isCloseTo(57.5, within(1e-9));
        assertThat(p.after().index().doubleValue()).isCloseTo(52.5, within(1e-9));
    }

    @Test
    void dataThatAStandardCannotReadIsNotedNotSilentlyScored() {
        Scorer.Scored underB = scorer.score(b, data);

        assertThat(underB.notes()).anySatisfy(note -> assertThat(kz.etalon.report.FitNoteText.english(note)).contains("x.old").contains("does not define"));
        assertThat(underB.notes()).anySatisfy(note -> assertThat(kz.etalon.report.FitNoteText.english(note)).contains("measures x.1 differently"));
    }

    @Test
    void eachChangeAppliedAloneListsTheCitiesItMoves() {
        Scorer.Scored before = scorer.score(a, data);
        List<Impact> impacts = ChangeImpact.of(a, b, StandardDiff.between(a, b), before.evaluation(), data, scorer);

        // area y moved from main to side, alone: P's side 30 -> 52.5 (1 -> 2 points), total 5 -> 6, and its
        // index 62.5 now beats Q's 60 at 6 points each
        Impact moved = impacts.stream().filter(i -> i.change().kind() == Change.Kind.AREA_MOVED).findFirst().orElseThrow();
        assertThat(moved.applicable()).isTrue();
        assertThat(moved.moves()).extracting(Impact.CityMove::city).containsExactly("Q", "P");
        Impact.CityMove p = moved.moves().get(1);
        assertThat(p.rankBefore()).isEqualTo(2);
        assertThat(p.rankAfter()).isEqualTo(1);
        assertThat(p.groups()).containsExactly(new Impact.GroupMove("side", 1, 2));
        // K2 2 -> 3 alone: main's weighted points grow for both, nobody changes place or band
        Impact factor = impacts.stream().filter(i -> i.change().kind() == Change.Kind.FACTOR_CHANGED).findFirst().orElseThrow();
        assertThat(factor.moves()).allSatisfy(move -> {
            assertThat(move.groups()).isEmpty();
            assertThat(move.pointsAfter().subtract(move.pointsBefore())).isEqualByComparingTo("2");
        });
        // a renamed indicator cannot move a score, so it is not evaluated
        assertThat(impacts).noneMatch(i -> i.change().kind() == Change.Kind.INDICATOR_RENAMED);
    }

    private static OutcomeDiff find(CityComparison city, Level level, String id) {
        return city.differences().stream().filter(d -> d.level() == level && d.id().equals(id)).findFirst().orElseThrow();
    }
}
