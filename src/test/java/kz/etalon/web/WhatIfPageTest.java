package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.analysis.Goal;
import kz.etalon.analysis.WhatIfPlan;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WhatIfPageTest {

    private static final Pattern STEP = Pattern.compile("<tr data-indicator=\"([^\"]+)\"><td class=\"num\">(\\d+)</td>");

    @RegisterExtension
    static final LocalWeb web = new LocalWeb();

    @Test
    void thePlanForACityIsTheOneTheApplicationMakes_stepByStepWithTheRankAfterEach() {
        WhatIfPlan expected = app().whatif("kz-2019", null, "Aktau", Goal.parse("rank:5").orElseThrow(), null).plan();

        WebRun.Response page = web.client().get("/whatif?standard=kz-2019&city=Aktau&goal=rank:5");

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(steps(page.body())).isEqualTo(expected.steps().stream().map(step -> step.improvement().indicator()).toList());
        assertThat(expected.steps()).isNotEmpty();
        WhatIfPlan.Step last = expected.steps().get(expected.steps().size() - 1);
        assertThat(page.body()).containsPattern("data-indicator=\"" + Pattern.quote(last.improvement().indicator())
                + "\">(?s:.*?)<td class=\"num\">" + last.rank() + "</td>");
        assertThat(page.body()).contains("Aktau under kz-2019 - rank " + expected.start().rank());
    }

    @Test
    void theFormsGoalAndTargetMeanTheSameAsTheGoalWrittenWhole() {
        String whole = web.client().get("/whatif?city=Aktau&goal=rank:5").body();
        String form = web.client().get("/whatif?standard=kz-2019&data=kz-2019-cities.csv&city=Aktau&goal=rank&target=5").body();
        assertThat(steps(form)).isEqualTo(steps(whole)).isNotEmpty();
        assertThat(form).contains("<option value=\"rank\" selected>", "name=\"target\" type=\"number\" min=\"1\" max=\"10000\" step=\"any\" value=\"5\"");
    }

    @Test
    void withoutACityTheFormListsTheCitiesOfTheData() {
        WebRun.Response page = web.client().get("/whatif");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<option value=\"Aktau\">", "<option value=\"Almaty\">").doesNotContain("id=\"plan\"");
    }

    @Test
    void anUnknownCityOrStandardOrDataSetIsNotFound() {
        assertThat(web.client().get("/whatif?city=Atlantis").status()).isEqualTo(404);
        assertThat(web.client().get("/whatif?standard=kz-1999&city=Aktau").status()).isEqualTo(404);
        assertThat(web.client().get("/whatif?data=..%2Fpom.xml&city=Aktau").status()).isEqualTo(404);
    }

    @Test
    void aGoalThatIsNoneOfTheFormsIsNamedWithWhatWouldDo() {
        WebRun.Response page = web.client().get("/whatif?city=Aktau&goal=rank:0");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("<code>goal</code> `rank:0` is not next-points, rank:N (N from 1 to 10000)")
                .doesNotContain("Exception");
    }

    private static List<String> steps(String page) {
        Matcher step = STEP.matcher(page);
        List<String> indicators = new java.util.ArrayList<>();
        while (step.find()) {
            assertThat(Integer.parseInt(step.group(2))).isEqualTo(indicators.size() + 1);
            indicators.add(step.group(1));
        }
        return indicators;
    }

    private static Etalon app() {
        return new Etalon(new Workspace(web.workspace(), web.workspace()));
    }
}
