package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.app.Audit;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.RoundFixture;
import kz.etalon.history.Author;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions at a city's values in the browser: the ministry asks, the city's akimat answers, no one else. */
class RoundQuestionPagesTest {

    private static final String ASK = "/rounds/kz-2020/cities/Aktau/values/ctm.01/questions";
    private static final String ANSWER = "/rounds/kz-2020/cities/Aktau/values/ctm.01/answers";

    @TempDir
    Path dir;
    WebRun web;
    Etalon app;

    @BeforeEach
    void serve() {
        web = WebRun.withUsers(dir, Map.of("aigul", Role.ANALYST, "erlan", Role.ANALYST, "ministry", Role.ADMIN,
                "vera", Role.VIEWER), Map.of("aigul", "Aktau", "erlan", "Taraz"));
        app = CopiedWorkspace.app(web.workspace());
        app.rounds().open(RoundFixture.opening("kz-2020", LocalDate.of(2999, 3, 31), "Aktau", "Taraz"), Author.named("ministry"));
        app.rounds().importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), Author.named("aigul"));
        app.rounds().submit("kz-2020", "Aktau", Author.named("aigul"));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Path questions() {
        return web.workspace().resolve("rounds/kz-2020/questions/Aktau.csv");
    }

    private static String openOnBoard(String board, String city) {
        int row = board.indexOf("<tr data-city=\"" + city + "\"");
        int at = board.indexOf("data-open-questions=\"", row) + "data-open-questions=\"".length();
        return board.substring(at, board.indexOf('"', at));
    }

    @Test
    void theMinistryAsks_theAkimatSeesItAtTheValueAndAnswers_andTheBoardsOpenCountDropsToZero() throws Exception {
        WebRun.Client ministry = web.loggedIn("ministry");
        WebRun.Client aigul = web.loggedIn("aigul");
        assertThat(ministry.get("/rounds/kz-2020/cities/Aktau").body()).contains("class=\"round-ask\"");

        WebRun.Response asked = ministry.post(ASK, Map.of("text", "Which year is the source? <b>2019</b>"));

        assertThat(asked.status()).isEqualTo(303);
        assertThat(asked.header("Location")).isEqualTo("/rounds/kz-2020/cities/Aktau#questions-ctm.01");
        assertThat(openOnBoard(ministry.get("/rounds/kz-2020").body(), "Aktau")).isEqualTo("1");
        assertThat(openOnBoard(ministry.get("/rounds/kz-2020").body(), "Taraz")).isEqualTo("0");
        String form = aigul.get("/rounds/kz-2020/cities/Aktau").body();
        assertThat(form).contains("id=\"questions-ctm.01\"", "data-open=\"true\"", "Which year is the source? &lt;b&gt;2019&lt;/b&gt;",
                "class=\"round-answer\"").doesNotContain("class=\"round-ask\"");

        assertThat(aigul.post(ANSWER, Map.of("text", "2020, the value is corrected")).status()).isEqualTo(303);

        assertThat(openOnBoard(ministry.get("/rounds/kz-2020").body(), "Aktau")).isEqualTo("0");
        assertThat(aigul.get("/rounds/kz-2020/cities/Aktau").body()).contains("2020, the value is corrected")
                .doesNotContain("data-open=\"true\"").doesNotContain("class=\"round-answer\"");
        assertThat(Files.readAllLines(questions())).hasSize(3).last().asString().endsWith(",ctm.01,aigul,answer,\"2020, the value is corrected\",2");
        assertThat(Files.readString(Audit.file(web.workspace()))).contains("\"round.ask\"", "\"round.answer\"");
    }

    @Test
    void aViewerOrAnAkimatCannotAsk_andAnotherCitysAkimatOrTheMinistryCannotAnswer_nothingStored() throws Exception {
        assertThat(web.loggedIn("vera").post(ASK, Map.of("text", "Why?")).status()).isEqualTo(403);
        assertThat(web.loggedIn("aigul").post(ASK, Map.of("text", "Why?")).status()).isEqualTo(403);
        assertThat(web.loggedIn("erlan").post(ASK, Map.of("text", "Why?")).status()).isEqualTo(403);
        assertThat(Files.exists(questions())).isFalse();
        assertThat(web.loggedIn("ministry").post(ASK, Map.of("text", "Why?")).status()).isEqualTo(303);
        String asked = Files.readString(questions());

        assertThat(web.loggedIn("erlan").post(ANSWER, Map.of("text", "Because")).status()).isEqualTo(403);
        assertThat(web.loggedIn("ministry").post(ANSWER, Map.of("text", "Because")).status()).isEqualTo(403);
        assertThat(web.loggedIn("vera").post(ANSWER, Map.of("text", "Because")).status()).isEqualTo(403);
        assertThat(Files.readString(questions())).isEqualTo(asked);
        assertThat(web.loggedIn("erlan").get("/rounds/kz-2020/cities/Aktau").status()).isEqualTo(403);
    }

    @Test
    void aQuestionOnSeveralLinesIs422WithWhy_andTheFieldSaysItTakesOneLineOfBoundedLength() throws Exception {
        WebRun.Client ministry = web.loggedIn("ministry");

        WebRun.Response refused = ministry.post(ASK, Map.of("text", "first\r\nsecond"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"question-problem-ctm.01\"", "line break or control character",
                "class=\"round-ask\"");
        assertThat(Files.exists(questions())).isFalse();
        assertThat(ministry.get("/rounds/kz-2020/cities/Aktau").body()).contains("maxlength=\"1000\"", "One line, up to 1000 characters.");
    }

    @Test
    void anAnswerWhereNothingIsAskedIs422WithWhyAtTheValue() throws Exception {
        WebRun.Response refused = web.loggedIn("aigul").post(ANSWER, Map.of("text", "nobody asked"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"question-problem-ctm.01\"", "no open question at ctm.01");
        assertThat(Files.exists(questions())).isFalse();
    }

    @Test
    void theQuestionsAreInTheReadersLanguageOnTheFormAndTheBoard() {
        WebRun.Client ministry = web.loggedIn("ministry");
        ministry.post(ASK, Map.of("text", "Which year?"));
        ministry.get("/language/ru?back=/");

        assertThat(ministry.get("/rounds/kz-2020/cities/Aktau").body()).contains("Вопрос к этому значению", "Задать вопрос",
                "без ответа", "вопросов без ответа: 1", "Одна строка, не больше 1000 знаков.")
                .doesNotContain("Question about this value", "open questions:");
        assertThat(ministry.get("/rounds/kz-2020").body()).contains("Открытые вопросы").doesNotContain("Open questions");
        ministry.get("/language/kk?back=/");
        assertThat(ministry.get("/rounds/kz-2020/cities/Aktau").body()).contains("Осы мәнге сұрақ", "жауапсыз");
    }

    @Test
    void returningFromTheFormNamesTheOpenQuestionsWhenAsked() {
        WebRun.Client ministry = web.loggedIn("ministry");
        ministry.post(ASK, Map.of("text", "Which year?"));
        assertThat(ministry.get("/rounds/kz-2020/cities/Aktau").body()).contains("name=\"name_questions\"");

        assertThat(ministry.post("/rounds/kz-2020/cities/Aktau/return", Map.of("reason", "see the questions",
                "name_questions", "yes")).status()).isEqualTo(303);

        assertThat(web.loggedIn("aigul").get("/rounds/kz-2020/cities/Aktau").body())
                .contains("see the questions (open questions: ctm.01)");
    }
}
