package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.StandardText;
import kz.etalon.history.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryCommandsTest {

    @TempDir
    Path dir;
    private Etalon app;

    @BeforeEach
    void workspace() {
        app = CopiedWorkspace.app(CopiedWorkspace.in(dir));
    }

    @Test
    void historyPrintsOneLinePerVersionWithItsStructuralChangesIndented() {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, Author.named("anna"));
        app.save("kz-2027", draft.text().replace("factors: {K1: 1, K2: 2}", "factors: {K1: 1, K2: 3}")
                .replace("max_score: 25", "max_score: 35"), draft.version(), Author.named("anna"), "weigh more");

        CliRun run = CliRun.with(app, "history", "kz-2027");

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).matches("[0-9a-f]{7}  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  anna  saved  weigh more");
        assertThat(lines[1]).startsWith("    ").containsIgnoringCase("K2");
        assertThat(run.out()).contains("  anna  created  kz-2027: new draft from kz-2019");
    }

    @Test
    void publishMakesTheDraftPublishedAndTagged_anEarlierRevisionIsEvaluatedByIdAtRevision() throws Exception {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, Author.named("anna"));
        String firstCommit = app.history("kz-2027").get(0).commit().shortId();

        CliRun evaluated = CliRun.with(app, "evaluate", "--standard", "kz-2027");
        assertThat(evaluated.err()).contains("warning: kz-2027 is a draft");

        CliRun run = CliRun.with(app, "publish", "kz-2027", "--as", "Bolat");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("kz-2027 is published: commit [0-9a-f]{7}, tag kz-2027 \\(.*\\)\n");
        assertThat(app.standardText("kz-2027").text()).contains("status: published");
        assertThat(CliRun.with(app, "evaluate", "--standard", "kz-2027").err()).doesNotContain("is a draft");

        CliRun old = CliRun.with(app, "evaluate", "--standard", "kz-2027@" + firstCommit);
        assertThat(old.exitCode()).as(old.err()).isZero();
        assertThat(old.err()).contains("warning: kz-2027 is a draft");
        CliRun diff = CliRun.with(app, "diff", "kz-2027@" + firstCommit, "kz-2027@kz-2027");
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(draft.text()).contains("status: draft");

        CliRun again = CliRun.with(app, "publish", "kz-2027");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("read-only").doesNotContain("Exception");
    }

    @Test
    void anUnknownRevisionIsAClearError() {
        app.repository();
        CliRun run = CliRun.with(app, "evaluate", "--standard", "kz-2019@nosuch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no version `nosuch` of kz-2019");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void aRevisionOfAWorkspaceWithoutHistoryIsAClearErrorAndMakesNoRepository() {
        CliRun run = CliRun.with(app, "evaluate", "--standard", "kz-2019@abc1234");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("has no history yet");
        assertThat(dir.resolve("workspace/.git")).doesNotExist();
    }

    @Test
    void evaluatingTheBundledDraftWarnsOnOneLine() {
        CliRun run = CliRun.of("evaluate", "--standard", "kz-2026");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err().lines().filter(line -> line.contains("is a draft"))).containsExactly(
                "warning: kz-2026 is a draft (status: draft), not a published standard; its results may still change");
        assertThat(Files.exists(Path.of("standards/kz-2026.yaml"))).isTrue();
    }
}
