package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.problem.InputException;
import kz.etalon.round.CityQuestions;
import kz.etalon.round.Question;
import kz.etalon.round.RoundFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions at a city's values: asked by a reviewer, answered by the akimat, each one commit of a readable file. */
class RoundQuestionsTest {

    private static final Author MINISTRY = Author.named("ministry");
    private static final Author AIGUL = Author.named("aigul");
    private static final String FILE = "rounds/kz-2020/questions/Aktau.csv";

    @TempDir
    Path dir;
    private Path home;
    private Etalon app;
    private Rounds rounds;

    @BeforeEach
    void workspace() {
        home = CopiedWorkspace.in(dir);
        app = CopiedWorkspace.app(home);
        rounds = app.rounds();
        rounds.open(RoundFixture.opening("kz-2020", LocalDate.of(2999, 3, 31), "Aktau", "Taraz"), MINISTRY);
        rounds.importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), AIGUL);
        rounds.submit("kz-2020", "Aktau", AIGUL);
    }

    private long open(String city) {
        return rounds.status("kz-2020").cities().stream().filter(c -> c.city().name().equals(city)).findFirst()
                .orElseThrow().openQuestions();
    }

    @Test
    void aQuestionIsOpenUntilTheAkimatAnswersIt_andTheFileReadsAsTheStepsWereTaken() throws Exception {
        rounds.ask("kz-2020", "Aktau", "ctm.01", "Which year is the source, 2019 or 2020?", MINISTRY);
        rounds.ask("kz-2020", "Aktau", "ctm.02", "Is this, \"the share\", in percent?", MINISTRY);

        assertThat(open("Aktau")).isEqualTo(2);
        assertThat(open("Taraz")).isZero();
        assertThat(rounds.questions("kz-2020", "Aktau").openIndicators()).containsExactly("ctm.01", "ctm.02");

        rounds.answer("kz-2020", "Aktau", "ctm.01", "2020; the value is corrected", AIGUL);
        assertThat(open("Aktau")).isEqualTo(1);
        rounds.answer("kz-2020", "Aktau", "ctm.02", "=yes, percent", AIGUL);
        assertThat(open("Aktau")).isZero();

        List<String> lines = Files.readAllLines(home.resolve(FILE));
        assertThat(lines.get(0)).isEqualTo("when,indicator,by,kind,text,id");
        assertThat(lines.subList(1, lines.size())).satisfiesExactly(
                line -> assertThat(line).matches("\\S+Z,ctm\\.01,ministry,question,\"Which year is the source, 2019 or 2020\\?\",1"),
                line -> assertThat(line).endsWith(",ctm.02,ministry,question,\"Is this, \"\"the share\"\", in percent?\",2"),
                line -> assertThat(line).endsWith(",ctm.01,aigul,answer,2020; the value is corrected,3"),
                line -> assertThat(line).endsWith(",ctm.02,aigul,answer,\"'=yes, percent\",4"));
        CityQuestions read = rounds.questions("kz-2020", "Aktau");
        assertThat(read.lines()).extracting(Question::text).containsExactly("Which year is the source, 2019 or 2020?",
                "Is this, \"the share\", in percent?", "2020; the value is corrected", "=yes, percent");
    }

    @Test
    void eachQuestionAndAnswerIsOneCommitWithTheTextInItsBodyAndOnlyEtalonsTrailers() {
        rounds.ask("kz-2020", "Aktau", "ctm.01", "Etalon-Round: other-round", MINISTRY);
        rounds.answer("kz-2020", "Aktau", "ctm.01", "the source is the 2020 report", AIGUL);

        List<Commit> commits = app.repository().log(FILE);
        assertThat(commits).hasSize(2);
        Commit answered = commits.get(0);
        Commit asked = commits.get(1);
        assertThat(asked.subject()).isEqualTo("round kz-2020: Aktau asked");
        assertThat(asked.body()).contains("ctm.01: Etalon-Round: other-round");
        assertThat(asked.trailers()).containsOnlyKeys(RoundFolder.ROUND_TRAILER, "Etalon-Step")
                .containsEntry(RoundFolder.ROUND_TRAILER, "kz-2020").containsEntry("Etalon-Step", "asked");
        assertThat(answered.author()).isEqualTo("aigul");
        assertThat(answered.trailers()).containsEntry("Etalon-Step", "answered");
        assertThat(rounds.log("kz-2020")).extracting(step -> step.kind().key()).doesNotContain("asked", "answered");
    }

    @Test
    void aTextOnSeveralLinesWithAControlCharacterEmptyOrTooLongIsRefusedAndNothingIsStored() {
        for (String text : List.of("first line\nsecond line", "bell \u0007 here", "  ", "x".repeat(Question.LONGEST + 1),
                "tab\there", "right-to-left \u202E override")) {
            assertThatThrownBy(() -> rounds.ask("kz-2020", "Aktau", "ctm.01", text, MINISTRY))
                    .isInstanceOf(InputException.class).hasMessageContaining("the question's text");
        }
        assertThatThrownBy(() -> rounds.ask("kz-2020", "Aktau", "nope.01", "Why?", MINISTRY))
                .hasMessageContaining("no indicator `nope.01`");
        assertThat(Files.exists(home.resolve(FILE))).isFalse();
        assertThat(rounds.questions("kz-2020", "Aktau").lines()).isEmpty();
    }

    @Test
    void anAnswerWithoutAnOpenQuestionAndAQuestionAtAnApprovedCityAreRefused() {
        assertThatThrownBy(() -> rounds.answer("kz-2020", "Aktau", "ctm.01", "nobody asked", AIGUL))
                .isInstanceOf(InputException.class).hasMessageContaining("no open question at ctm.01");
        rounds.approve("kz-2020", "Aktau", MINISTRY);

        assertThatThrownBy(() -> rounds.ask("kz-2020", "Aktau", "ctm.01", "Why?", MINISTRY))
                .isInstanceOf(InputException.class).hasMessageContaining("Aktau is approved");
        assertThat(Files.exists(home.resolve(FILE))).isFalse();
    }

    @Test
    void returningACityCanNameItsOpenQuestionsInTheReason() {
        rounds.ask("kz-2020", "Aktau", "ctm.02", "Percent?", MINISTRY);
        rounds.ask("kz-2020", "Aktau", "ctm.01", "Which year?", MINISTRY);

        rounds.returnCity("kz-2020", "Aktau", "see the questions", true, MINISTRY);

        assertThat(rounds.log("kz-2020").get(rounds.log("kz-2020").size() - 1).reason())
                .isEqualTo("see the questions (open questions: ctm.02, ctm.01)");
    }
}
