package kz.etalon.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.engine.fact.Banded;
import kz.etalon.engine.fact.CityIndex;
import kz.etalon.engine.fact.CityTotal;
import kz.etalon.engine.fact.IndicatorScore;
import kz.etalon.engine.fact.NodeValue;
import kz.etalon.engine.fact.NodeWeighted;
import kz.etalon.engine.fact.Rounded;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;

/** Each rule of rules/common in a real Drools session on a few facts: what fires, how often, what it derives. */
class CommonRulesTest {

    private static final String STANDARD = """
            schema: etalon/v1
            id: rules-test
            year: 2030
            title: {en: Rules test}
            rules: [common]
            scoring:
              scale: 100
              rounding: {mode: half_up, decimals: 1}
              missing: %s
              bands:
                - {min: 0, max: 59.9, points: 1}
                - {min: 60, max: 100, points: 2}
              factors: {K1: 1, K2: 2}
              max_score: 6
            groups:
              - {id: main, factor: K2, name: {en: Main}, areas: [a, b]}
              - {id: side, factor: K1, name: {en: Side}, areas: [c]}
            areas:
              - id: a
                name: {en: A}
                indicators:
                  - {id: a.yes, method: yes_no, name: {en: Yes or no}}
                  - {id: a.share, method: share, name: {en: Share}}
              - id: b
                name: {en: B}
                indicators:
                  - {id: b.up, method: target, target: 200, name: {en: More is better}}
                  - {id: b.down, method: target, target: 10, better: lower, name: {en: Less is better}}
              - id: c
                name: {en: C}
                indicators:
                  - {id: c.share, method: share, name: {en: Share}}
            """;

    @TempDir
    Path dir;

    @Test
    void whenEachMethodScoresItsIndicator_thenOneRuleFiresPerIndicatorWithTheExactPercent() {
        Run run = run("zero", """
                city,indicator,value
                X,a.yes,yes
                X,a.share,59.94
                X,b.up,150
                X,b.down,12
                X,c.share,40
                """);

        assertThat(run.fired).containsEntry("percent: yes_no", 1).containsEntry("percent: share", 2)
                .containsEntry("percent: target, higher is better", 1).containsEntry("percent: target, lower is better", 1);
        assertThat(run.percent("a.yes")).isEqualByComparingTo("100");
        assertThat(run.percent("a.share")).isEqualByComparingTo("59.94");
        assertThat(run.percent("b.up")).isEqualByComparingTo("75");
        assertThat(run.percent("b.down").doubleValue()).isEqualTo(100.0 * 10 / 12, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(run.ruleOf(run.one(IndicatorScore.class, s -> s.indicatorId().equals("b.down"))))
                .isEqualTo("percent: target, lower is better");
    }

    @Test
    void whenValuesPassTheTarget_thenPercentStopsAtTheScale() {
        Run run = run("zero", """
                city,indicator,value
                X,a.yes,no
                X,a.share,100
                X,b.up,900
                X,b.down,0
                X,c.share,0
                """);

        assertThat(run.percent("a.yes")).isEqualByComparingTo("0");
        assertThat(run.percent("b.up")).isEqualByComparingTo("100");
        assertThat(run.percent("b.down")).isEqualByComparingTo("100");
    }

    @Test
    void whenAMeanIsExactlyAHalfPoint_thenRoundingSeesTheExactDecimal() {
        // a: (100 + 19.9) / 2 = 59.95; b: (0 + 0) / 2 = 0 ... main = mean(59.95, 59.95) with b built to match
        Run run = run("zero", """
                city,indicator,value
                X,a.yes,yes
                X,a.share,19.9
                X,b.up,39.8
                X,b.down,10
                X,c.share,59.95
                """);

        // a = 59.95, b = (19.9 + 100) / 2 = 59.95, main = 59.95 -> 60.0 (half up) -> 2 points
        assertThat(run.node("areas/b").value()).isEqualByComparingTo("59.95");
        assertThat(run.node("groups/main").value()).isEqualByComparingTo("59.95");
        assertThat(run.one(Rounded.class, r -> r.subject().equals("groups/main")).value()).isEqualByComparingTo("60.0");
        assertThat(run.one(Banded.class, b -> b.subject().equals("groups/main")).points()).isEqualTo(2);
        assertThat(run.one(Rounded.class, r -> r.subject().equals("groups/side")).value()).isEqualByComparingTo("60.0");
    }

    @Test
    void whenGroupsAreScored_thenFactorsTotalAndIndexFollowFormulasFiveToEight() {
        Run run = run("zero", """
                city,indicator,value
                X,a.yes,yes
                X,a.share,50
                X,b.up,100
                X,b.down,20
                X,c.share,30
                """);

        // a = 75, b = (50 + 50) / 2 = 50, main = 62.5 -> 2 points x 2; side = 30 -> 1 point x 1
        assertThat(run.one(NodeWeighted.class, g -> g.nodeKey().equals("groups/main")).weighted()).isEqualByComparingTo("4");
        assertThat(run.one(NodeWeighted.class, g -> g.nodeKey().equals("groups/side")).weighted()).isEqualByComparingTo("1");
        CityTotal total = run.one(CityTotal.class, t -> true);
        assertThat(total.points()).isEqualByComparingTo("5");
        assertThat(total.score().doubleValue()).isEqualTo(5.0 / 6, org.assertj.core.data.Offset.offset(1e-15));
        // (2 x 62.5 + 1 x 30) / 3 = 51.666..., to 50 significant digits
        assertThat(run.one(CityIndex.class, i -> true).index().subtract(new BigDecimal("51.6666666666666666666666666666666666666666666666666667")).abs())
                .isLessThan(new BigDecimal("1e-45"));
        assertThat(run.fired).containsEntry("mean of the items", 5)
                .containsEntry("round on the band table's grid", 2).containsEntry("band points", 2)
                .containsEntry("correction factor", 2).containsEntry("total score", 1).containsEntry("index", 1);
    }

    @Test
    void whenMissingCountsAsZero_thenTheIndicatorScoresZeroAndStaysInTheMean() {
        Run run = run("zero", """
                city,indicator,value
                X,a.yes,yes
                X,b.up,200
                X,b.down,10
                X,c.share,80
                """);

        IndicatorScore missing = run.one(IndicatorScore.class, s -> s.indicatorId().equals("a.share"));
        assertThat(missing.missing()).isTrue();
        assertThat(missing.percent()).isEqualByComparingTo("0");
        assertThat(run.ruleOf(missing)).isEqualTo("missing value counts as zero");
        assertThat(run.node("areas/a").value()).isEqualByComparingTo("50");
    }

    @Test
    void whenMissingIsExcluded_thenTheMeanSkipsItAndAnEmptyAreaLeavesItsGroup() {
        Run run = run("exclude", """
                city,indicator,value
                X,a.yes,yes
                X,b.up,
                X,b.down,
                X,c.share,
                """);

        assertThat(run.node("areas/a").value()).isEqualByComparingTo("100");
        NodeValue b = run.node("areas/b");
        assertThat(b.value()).isNull();
        assertThat(run.ruleOf(b)).isEqualTo("a node with nothing scored under it is not scored");
        assertThat(run.node("groups/main").value()).isEqualByComparingTo("100");
        NodeValue side = run.node("groups/side");
        assertThat(side.value()).isEqualByComparingTo("0");
        assertThat(run.ruleOf(side)).isEqualTo("a node with nothing scored under it scores zero");
        assertThat(run.one(Banded.class, band -> band.subject().equals("groups/side")).points()).isEqualTo(1);
        assertThat(run.fired).containsEntry("missing value is left out", 4);
    }

    private Run run(String missing, String csv) {
        Standard standard = TestStandards.standard(dir, "rules-test", STANDARD.formatted(missing));
        CityData data = TestStandards.cities(dir, standard, csv);
        RuleBook rules = TestStandards.PROJECT_RULES.forStandard(standard);
        City city = data.cities().get(0);
        List<Object> facts = StandardFacts.of(standard, rules).forCity(id -> city.values().get(id).number());
        StatelessKieSession session = rules.kieBase().newStatelessKieSession();
        Map<String, Integer> fired = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        return new Run(SessionRun.of(session, facts), fired);
    }

    /** What one session derived, and how often each rule fired. */
    private record Run(SessionRun session, Map<String, Integer> fired) {

        String ruleOf(Object fact) {
            return session.ruleOf(fact);
        }

        <T> T one(Class<T> type, java.util.function.Predicate<T> which) {
            List<T> matches = session.facts().stream().filter(type::isInstance).map(type::cast).filter(which).toList();
            assertThat(matches).as(type.getSimpleName()).hasSize(1);
            return matches.get(0);
        }

        NodeValue node(String key) {
            return one(NodeValue.class, value -> value.nodeKey().equals(key));
        }

        BigDecimal percent(String indicatorId) {
            return one(IndicatorScore.class, s -> s.indicatorId().equals(indicatorId)).percent();
        }
    }
}
