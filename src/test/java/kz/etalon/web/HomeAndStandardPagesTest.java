package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HomeAndStandardPagesTest {

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void homeListsEveryStandardWithItsYearAndIndicatorCount_andTheDataSets() {
        WebRun.Response home = web.client().get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<code>kz-2018</code>", "<code>kz-2019</code>", "<code>kz-2026</code>")
                .containsPattern("kz-2018</code></a></td>\\s*<td>2018</td>.*<td class=\"num\">80</td>")
                .containsPattern("kz-2019</code></a></td>\\s*<td>2019</td>.*<td class=\"num\">101</td>")
                .contains("kz-2018-cities.csv", "kz-2019-cities.csv")
                .containsPattern("(?s)kz-2019</code></a></td>(?:(?!</tr>).)*data-state=\"published\">published<")
                .containsPattern("(?s)kz-2026</code></a></td>(?:(?!</tr>).)*data-state=\"draft\">draft<");
    }

    @Test
    void theStandardPageShowsBandsFactorsAndEachIndicatorWithItsYamlLine() {
        WebRun.Response page = web.client().get("/standards/kz-2019");
        assertThat(page.status()).isEqualTo(200);
        // kz-2019.yaml: the band table and the factors as the file gives them, each line as the file has it
        assertThat(page.body()).contains("id=\"bands\"", "id=\"factors\"", "<code>K1</code>", "<code>K2</code>");
        assertThat(page.body()).contains("<code>" + firstIndicatorId() + "</code>");
    }

    @Test
    void anUnknownStandardIsNotFound_andThePageSaysWhatToDo() {
        WebRun.Response page = web.client().get("/standards/kz-1999");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Not found").doesNotContain("Exception", "at kz.etalon");
    }

    @Test
    void aPathInsteadOfAnIdIsNotFound_notRead() {
        assertThat(web.client().get("/standards/..%2F..%2Fetc%2Fpasswd").status()).isEqualTo(404);
    }

    @Test
    void russianIsChosenByTheLanguageLinkAndRemembered() {
        WebRun.Client client = web.client();
        WebRun.Response switched = client.get("/language/ru?back=/standards/kz-2019");
        assertThat(switched.status()).isEqualTo(302);
        assertThat(switched.header("Location")).isEqualTo("/standards/kz-2019");
        assertThat(client.get("/").body()).contains("<html lang=\"ru\">", "Эталонные стандарты");
    }

    @Test
    void theLanguageLinkNeverSendsTheReaderToAnotherSite() {
        assertThat(web.client().get("/language/kk?back=//evil.example/").header("Location")).isEqualTo("/");
        assertThat(web.client().get("/language/kk?back=https://evil.example/").header("Location")).isEqualTo("/");
    }

    private static String firstIndicatorId() {
        return web.server() == null ? "" : new kz.etalon.app.Etalon(new kz.etalon.app.Workspace(web.workspace(), web.workspace()))
                .standard("kz-2019").standard().indicators().findFirst().orElseThrow().id();
    }
}
