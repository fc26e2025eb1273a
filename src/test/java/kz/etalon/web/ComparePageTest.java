package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Impact;
import kz.etalon.app.Comparing;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ComparePageTest {

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void byDefaultItComparesKz2018WithKz2019_andTheFirstCityThatMovedShowsItsRanksAsTheComparisonHasThem() {
        Comparing.Compared expected = app().compare(List.of("kz-2018", "kz-2019"), List.of());
        CityComparison moved = expected.comparison().comparisons().stream().filter(city -> city.rankMove() != 0)
                .findFirst().orElseThrow();
        int move = moved.rankMove();

        WebRun.Response page = web.client().get("/compare");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"kz-2018\" selected>", "<option value=\"kz-2019\" selected>");
        assertThat(page.body()).containsPattern(Pattern.quote("<td class=\"name\">" + moved.city() + "</td><td>"
                + moved.before().rank() + " → " + moved.after().rank() + "</td><td class=\"" + (move > 0 ? "up\">▲" : "down\">▼")
                + Math.abs(move) + "</td>"));
        assertThat(page.body()).contains("data-city=\"" + moved.city() + "\"")
                .contains(moved.differences().size() + " difference(s)");
    }

    @Test
    void eachChangeOfTheStandardThatMovesCitiesIsListedWithThem() {
        Comparing.Compared expected = app().compare(List.of("kz-2018", "kz-2019"), List.of());
        Impact moving = expected.impacts().stream().filter(impact -> impact.applicable() && !impact.moves().isEmpty())
                .findFirst().orElseThrow();

        String page = web.client().get("/compare?before=kz-2018&after=kz-2019").body();

        String impacts = page.substring(page.indexOf("id=\"impacts\""));
        assertThat(impacts).contains("<li>" + moving.moves().get(0).city() + ": ");
        assertThat(impacts.split("<div class=\"impact\">", -1)).hasSize(1 + (int) expected.impacts().stream()
                .filter(impact -> impact.applicable() && !impact.moves().isEmpty()).count());
    }

    @Test
    void withTwoDataYearsTheChangeOfEachCityIsSplitInTwoByTwo() {
        Comparing.Compared expected = app().compare(List.of("kz-2018", "kz-2019"),
                List.of(Path.of("data/kz-2018-cities.csv"), Path.of("data/kz-2019-cities.csv")));

        WebRun.Response page = web.client()
                .get("/compare?before=kz-2018&after=kz-2019&data=kz-2018-cities.csv&data2=kz-2019-cities.csv");

        assertThat(page.status()).isEqualTo(200);
        String attribution = page.body().substring(page.body().indexOf("id=\"attribution\""),
                page.body().indexOf("id=\"impacts\""));
        assertThat(expected.attribution()).hasSize(17);
        assertThat(attribution.split("<tr><td class=\"name\">", -1)).hasSize(1 + expected.attribution().size());
        var first = expected.attribution().get(0);
        assertThat(attribution).contains("<tr><td class=\"name\">" + first.city() + "</td>");
    }

    @Test
    void oneStandardOnTwoDataYearsShowsWhatTheCitiesChanged_withoutChangesOfTheStandard() {
        WebRun.Response page = web.client()
                .get("/compare?before=kz-2019&after=kz-2019&data=kz-2018-cities.csv&data2=kz-2019-cities.csv");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"movement\"").doesNotContain("id=\"impacts\"", "id=\"attribution\"");
    }

    @Test
    void aStandardWithItselfOnTheSameDataAsksForSomethingToCompare() {
        WebRun.Response page = web.client().get("/compare?before=kz-2019&after=kz-2019");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"compare-nothing\"").doesNotContain("id=\"movement\"");
    }

    @Test
    void anUnknownStandardOrDataSetIsNotFound() {
        assertThat(web.client().get("/compare?before=kz-1999&after=kz-2019").status()).isEqualTo(404);
        assertThat(web.client().get("/compare?before=kz-2018&after=..%2Fkz-2019").status()).isEqualTo(404);
        assertThat(web.client().get("/compare?data=kz-1999-cities.csv").status()).isEqualTo(404);
        assertThat(web.client().get("/compare?data2=..%2F..%2Fpom.xml").status()).isEqualTo(404);
    }

    @Test
    void inRussianThePageAndTheReportsPartsSpeakRussian() {
        WebRun.Client browser = web.client();
        browser.get("/language/ru?back=/compare");
        String page = browser.get("/compare").body();
        assertThat(page).contains("<html lang=\"ru\">", "Кто сместился", "Различающиеся результаты правил по городам")
                .doesNotContain("Who moved", "Places gained");
    }

    private static Etalon app() {
        return new Etalon(new Workspace(web.workspace(), web.workspace()));
    }
}
