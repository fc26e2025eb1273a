package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.RoundFixture;
import kz.etalon.history.Author;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A round in the browser: each akimat its own city only, the ministry reviews, every step as the rights allow. */
class RoundPagesTest {

    @TempDir
    Path dir;
    WebRun web;
    Etalon app;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, Map.of("aigul", Role.ANALYST, "erlan", Role.ANALYST, "ministry", Role.ADMIN,
                "vera", Role.VIEWER), Map.of("aigul", "Aktau", "erlan", "Taraz"));
        app = CopiedWorkspace.app(web.workspace());
        app.rounds().open(RoundFixture.opening("kz-2020", LocalDate.of(2999, 3, 31), "Aktau", "Taraz", "Almaty"),
                Author.named("ministry"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static Map<String, String> value(String value, String base) {
        return Map.of("value", value, "source", "Statistics agency", "quality", "measured", "comment", "", "base", base);
    }

    private String cityFile(String city) throws Exception {
        Path file = web.workspace().resolve("rounds/kz-2020/cities/" + city + ".csv");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    @Test
    void anAdminOpensARoundWithTheFormOnTheListAndAnyoneElseIsRefusedWithNothingStored() throws Exception {
        WebRun.Client ministry = web.loggedIn("ministry");
        assertThat(ministry.get("/rounds").body()).contains("id=\"open-round\"");
        assertThat(web.loggedIn("aigul").get("/rounds").body()).doesNotContain("id=\"open-round\"");
        Map<String, String> form = Map.of("id", "kz-2021", "standard", "kz-2019", "year", "2021",
                "cities", "Aktau = aigul\r\nTaraz\r\n", "deadline", "2021-03-31", "previous", "kz-2020");

        assertThat(web.loggedIn("vera").post("/rounds", form).status()).isEqualTo(403);
        assertThat(web.loggedIn("aigul").post("/rounds", form).status()).isEqualTo(403);
        assertThat(Files.exists(web.workspace().resolve("rounds/kz-2021"))).isFalse();
        WebRun.Response opened = ministry.post("/rounds", form);

        assertThat(opened.status()).isEqualTo(303);
        assertThat(opened.header("Location")).isEqualTo("/rounds/kz-2021");
        var round = app.rounds().round("kz-2021");
        assertThat(round.year()).isEqualTo(2021);
        assertThat(round.deadline()).contains(LocalDate.of(2021, 3, 31));
        assertThat(round.previous()).contains("kz-2020");
        assertThat(round.cities()).extracting(c -> c.name() + " " + c.accounts()).containsExactly("Aktau [aigul]", "Taraz []");
    }

    @Test
    void aRoundTheFormCannotOpenComesBackOnTheFormWithEveryProblemAndWhatWasTyped() throws Exception {
        WebRun.Client ministry = web.loggedIn("ministry");

        WebRun.Response refused = ministry.post("/rounds", Map.of("id", "kz-2022", "standard", "kz-2026", "year", "20x2",
                "cities", "Aktau", "deadline", "31.03.2022", "previous", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("`20x2` is not a year", "`31.03.2022` is not a date", "value=\"kz-2022\"");
        WebRun.Response draft = ministry.post("/rounds", Map.of("id", "kz-2022", "standard", "kz-2026", "year", "2022",
                "cities", "Aktau", "deadline", "", "previous", ""));
        assertThat(draft.status()).isEqualTo(422);
        assertThat(draft.body()).contains("kz-2026 is a draft");
        assertThat(Files.exists(web.workspace().resolve("rounds/kz-2022"))).isFalse();
    }

    @Test
    void anAkimatSeesItsOwnFormOnly_anotherCitysFormAndSavesAre403AndChangeNothing() throws Exception {
        WebRun.Client aigul = web.loggedIn("aigul");

        WebRun.Response own = aigul.get("/rounds/kz-2020/cities/Aktau");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("id=\"value-ctm.01\"", "name=\"source\"", "name=\"quality\"", "administrative record");
        assertThat(aigul.get("/rounds/kz-2020/cities/Taraz").status()).isEqualTo(403);
        String before = cityFile("Taraz");
        WebRun.Response forged = aigul.post("/rounds/kz-2020/cities/Taraz/values/ctm.01", value("50", ""));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(aigul.post("/rounds/kz-2020/cities/Taraz/submit", Map.of()).status()).isEqualTo(403);
        assertThat(cityFile("Taraz")).isEqualTo(before);

        String board = aigul.get("/rounds/kz-2020").body();
        assertThat(board).contains("data-city=\"Aktau\"").doesNotContain("data-city=\"Taraz\"");
    }

    @Test
    void theMinistryReadsEveryCityButChangesNoValue_andAViewerTakesNoStep() throws Exception {
        WebRun.Client ministry = web.loggedIn("ministry");

        assertThat(ministry.get("/rounds/kz-2020/cities/Taraz").status()).isEqualTo(200);
        assertThat(ministry.post("/rounds/kz-2020/cities/Taraz/values/ctm.01", value("50", "")).status()).isEqualTo(403);
        assertThat(cityFile("Taraz")).isEmpty();
        WebRun.Client vera = web.loggedIn("vera");
        assertThat(vera.post("/rounds/kz-2020/cities/Taraz/approve", Map.of()).status()).isEqualTo(403);
        assertThat(vera.post("/rounds/kz-2020/cities/Taraz/reopen", Map.of("reason", "x")).status()).isEqualTo(403);
        String board = ministry.get("/rounds/kz-2020?sort=state").body();
        assertThat(board).contains("data-city=\"Aktau\"", "data-city=\"Taraz\"", "data-city=\"Almaty\"",
                "0 of 3 cities approved", "Results are provisional");
    }

    @Test
    void aFieldIsCheckedAndSavedAsTyped_outOfRangeIs422_aStaleBaseIs409WithBothValues() throws Exception {
        WebRun.Client aigul = web.loggedIn("aigul");
        aigul.get("/rounds/kz-2020/cities/Aktau");
        Map<String, String> typed = new java.util.HashMap<>(value("150", ""));
        typed.put(Gate.CSRF_FIELD, aigul.csrf());

        WebRun.Response bad = aigul.postRaw("/rounds/kz-2020/cities/Aktau/values/ctm.01", typed, Map.of("HX-Request", "true"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).startsWith("<form class=\"round-value\" id=\"value-ctm.01\"").contains("outside 0..100")
                .contains("value=\"150\"").doesNotContain("<html");
        assertThat(cityFile("Aktau")).isEmpty();

        WebRun.Response saved = aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("80", ""));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(cityFile("Aktau")).contains("ctm.01,80,Statistics agency,measured,");
        String base = app.rounds().values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
        assertThat(aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("81", base)).status()).isEqualTo(303);

        WebRun.Response stale = aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("82", base));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"81\"", "Yours was: 82");
        assertThat(cityFile("Aktau")).contains("ctm.01,81,");
    }

    @Test
    void submittedReturnedWithAReasonResubmittedAndApproved_thenLockedForTheAkimat() throws Exception {
        app.rounds().importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), Author.named("aigul"));
        WebRun.Client aigul = web.loggedIn("aigul");
        WebRun.Client ministry = web.loggedIn("ministry");

        assertThat(aigul.post("/rounds/kz-2020/cities/Aktau/submit", Map.of()).status()).isEqualTo(303);
        WebRun.Response noReason = ministry.post("/rounds/kz-2020/cities/Aktau/return", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(ministry.post("/rounds/kz-2020/cities/Aktau/return", Map.of("reason", "check ctm.01")).status()).isEqualTo(303);
        assertThat(aigul.get("/rounds/kz-2020/cities/Aktau").body()).contains("data-state=\"returned\"", "check ctm.01");
        assertThat(aigul.post("/rounds/kz-2020/cities/Aktau/approve", Map.of()).status()).isEqualTo(403);
        assertThat(aigul.post("/rounds/kz-2020/cities/Aktau/submit", Map.of()).status()).isEqualTo(303);
        assertThat(ministry.post("/rounds/kz-2020/cities/Aktau/approve", Map.of()).status()).isEqualTo(303);

        String before = cityFile("Aktau");
        String base = app.rounds().values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
        WebRun.Response locked = aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("1", base));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.body()).contains("Aktau is approved");
        assertThat(cityFile("Aktau")).isEqualTo(before);
        assertThat(aigul.get("/rounds/kz-2020/cities/Aktau").body()).contains("data-state=\"approved\"")
                .doesNotContain("id=\"round-submit\"");
        WebRun.Response ranking = ministry.get("/results?standard=kz-2019&data=round/kz-2020");
        assertThat(ranking.status()).isEqualTo(200);
        assertThat(ranking.body()).contains("Aktau").doesNotContain(">Taraz<");
    }

    @Test
    void aValuesHistoryShowsWhoChangedItFromWhatToWhat_andIsTheCitysOwnToRead() {
        WebRun.Client aigul = web.loggedIn("aigul");
        aigul.get("/rounds/kz-2020/cities/Aktau");
        aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("80", ""));
        String base = app.rounds().values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
        aigul.post("/rounds/kz-2020/cities/Aktau/values/ctm.01", value("81", base));

        WebRun.Response history = aigul.get("/rounds/kz-2020/cities/Aktau/values/ctm.01/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("id=\"value-history\"", "80 → 81", "– → 80", "aigul", "Statistics agency");
        assertThat(web.loggedIn("erlan").get("/rounds/kz-2020/cities/Aktau/values/ctm.01/history").status()).isEqualTo(403);
    }
}
