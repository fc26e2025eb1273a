package kz.etalon.analysis;

import static kz.etalon.analysis.TinyPair.A;
import static kz.etalon.analysis.TinyPair.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.city.CityFile;
import kz.etalon.engine.TestStandards;
import kz.etalon.result.Evaluation;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionTest {

    @TempDir
    Path dir;

    @Test
    void theDataStandardAndInteractionEffectsAddUpToTheTotalChangeExactly() {
        Standard a = TestStandards.standard(dir, "pair-a", A);
        Standard b = TestStandards.standard(dir, "pair-b", B);
        CityFile old = TestStandards.cityFile(dir, "old.csv", ComparerTest.DATA);
        CityFile fresh = TestStandards.cityFile(dir, "new.csv", ComparerTest.DATA.replace("P,x.2,80", "P,x.2,20")
                .replace("Q,z.1,70", "Q,z.1,10"));
        Scorer scorer = new Scorer(TestStandards.PROJECT_RULES);
        Evaluation aOld = scorer.score(a, old).evaluation();
        Evaluation aNew = scorer.score(a, fresh).evaluation();
        Evaluation bOld = scorer.score(b, old).evaluation();
        Evaluation bNew = scorer.score(b, fresh).evaluation();

        List<Attribution> split = Attribution.of(aOld, aNew, bOld, bNew);

        assertThat(split).hasSize(2);
        for (Attribution city : split) {
            for (Attribution.Split s : List.of(city.points(), city.places())) {
                assertThat(s.data().add(s.standard()).add(s.interaction())).isEqualByComparingTo(s.total());
            }
            assertThat(city.aD2().points()).isEqualByComparingTo(aNew.city(city.city()).orElseThrow().points());
            assertThat(city.bD1().rank()).isEqualTo(bOld.city(city.city()).orElseThrow().rank());
        }
        // P under A: 5 points with the old data; with the new data x.2 = 20 makes x = 52.5, main = 63.75 -> still 2
        // points, so the data effect on P's points is 0; the standard effect is 8 - 5 = +3
        Attribution p = split.stream().filter(c -> c.city().equals("P")).findFirst().orElseThrow();
        assertThat(p.points().data()).isEqualByComparingTo("0");
        assertThat(p.points().standard()).isEqualByComparingTo("3");
    }
}
