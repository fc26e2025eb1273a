package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.app.Audit;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.RoundFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundQuestionCommandsTest {

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void submittedCity() {
        home = CopiedWorkspace.in(dir);
        ok(run("round", "open", "kz-2020", "--standard", "kz-2019", "--year", "2020", "--city", "Aktau", "--city", "Taraz",
                "--as", "ministry"));
        ok(run("round", "import", "kz-2020", "--city", "Aktau", RoundFixture.oneCityFile(dir, "Aktau").toString(), "--as", "aigul"));
        ok(run("round", "submit", "kz-2020", "--city", "Aktau", "--as", "aigul"));
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--workspace";
        all[args.length + 1] = home.toString();
        return CliRun.of(all);
    }

    private static void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private int open(String city) throws Exception {
        var cities = new ObjectMapper().readTree(run("round", "status", "kz-2020", "--format", "json").out()).get("cities");
        for (var node : cities) {
            if (node.get("city").asText().equals(city)) {
                return node.get("openQuestions").asInt();
            }
        }
        throw new AssertionError("no " + city);
    }

    @Test
    void askAndAnswerFromTheCommandLine_statusShowsTheOpenQuestionsUntilAnswered() throws Exception {
        CliRun asked = run("round", "ask", "kz-2020", "--city", "aktau", "--indicator", "ctm.01", "--text",
                "Which year is the source?", "--as", "ministry");
        ok(asked);
        assertThat(asked.out()).isEqualTo("question asked at ctm.01 of Aktau in round kz-2020\n");
        assertThat(open("Aktau")).isEqualTo(1);
        List<String> table = run("round", "status", "kz-2020").out().lines().toList();
        assertThat(table.get(2)).contains("open questions");
        assertThat(table.get(3)).matches("Aktau\\s+submitted\\s+on-time\\s+101/101\\s+0\\s+1\\s+submitted .*");

        CliRun answered = run("round", "answer", "kz-2020", "--city", "Aktau", "--indicator", "ctm.01", "--text", "2020",
                "--as", "aigul");
        ok(answered);
        assertThat(answered.out()).isEqualTo("questions at ctm.01 of Aktau answered in round kz-2020\n");
        assertThat(open("Aktau")).isZero();
        List<String> lines = Files.readAllLines(home.resolve("rounds/kz-2020/questions/Aktau.csv"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).endsWith(",ctm.01,ministry,question,Which year is the source?,1");
        assertThat(lines.get(2)).endsWith(",ctm.01,aigul,answer,2020,2");
        assertThat(Files.readString(Audit.file(home))).contains("\"round.ask\"", "\"round.answer\"");
    }

    @Test
    void aTextOnTwoLinesOrAnAnswerNobodyAskedForIsAPlainErrorAndStoresNothing() {
        CliRun twoLines = run("round", "ask", "kz-2020", "--city", "Aktau", "--indicator", "ctm.01", "--text", "one\ntwo");
        assertThat(twoLines.exitCode()).isNotZero();
        assertThat(twoLines.err()).contains("line break or control character").doesNotContain("Exception");

        CliRun unasked = run("round", "answer", "kz-2020", "--city", "Aktau", "--indicator", "ctm.01", "--text", "2020");
        assertThat(unasked.exitCode()).isNotZero();
        assertThat(unasked.err()).contains("no open question at ctm.01");
        assertThat(Files.exists(home.resolve("rounds/kz-2020/questions/Aktau.csv"))).isFalse();
    }
}
