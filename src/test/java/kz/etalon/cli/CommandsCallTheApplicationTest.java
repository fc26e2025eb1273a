package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.analysis.Goal;
import kz.etalon.app.Bundled;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.report.DiffReport;
import kz.etalon.report.JsonReport;
import kz.etalon.report.TableReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command line against a mocked application layer: each command turns its options into one call
 * of the right operation with the right values, and renders what that call returns.
 */
class CommandsCallTheApplicationTest {

    private static final Path HERE = Path.of("").toAbsolutePath();

    private Etalon app;

    @BeforeEach
    void mockTheApplication() {
        app = mock(Etalon.class);
        when(app.workspace()).thenReturn(new Workspace(HERE, HERE));
    }

    @Test
    void evaluateCallsEvaluateWithTheStandardAndDataNamedAndRendersItsEvaluation() {
        Etalon.Evaluated evaluated = Bundled.kz2019(null);
        when(app.evaluate("kz-2018", Path.of("my-cities.xlsx"))).thenReturn(evaluated);

        CliRun run = CliRun.with(app, "evaluate", "--standard", "kz-2018", "--cities", "my-cities.xlsx", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(JsonReport.write(JsonReport.tree(evaluated.evaluation())));
        verify(app).evaluate("kz-2018", Path.of("my-cities.xlsx"));
    }

    @Test
    void evaluateWithFragileAsksForTheFragileGroupsAtTheDistanceGiven() {
        Etalon.Evaluated evaluated = Bundled.kz2019(null);
        when(app.evaluate("kz-2019", null)).thenReturn(evaluated);
        when(app.fragility(any(), any())).thenReturn(List.of());

        CliRun run = CliRun.with(app, "evaluate", "--fragile", "0.5", "--lang", "ru");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(TableReport.render(evaluated.evaluation(), "ru"));
        verify(app).fragility(evaluated, new BigDecimal("0.5"));
    }

    @Test
    void diffCallsDiffWithBothStandardsInOrder() {
        Etalon.Diff diff = Bundled.app().diff("kz-2018", "kz-2019");
        when(app.diff("kz-2019", "draft.yaml")).thenReturn(diff);

        CliRun run = CliRun.with(app, "diff", "kz-2019", "draft.yaml");

        assertThat(run.out()).isEqualTo(DiffReport.text(diff.before(), diff.after(), diff.changes(), "en"));
        verify(app).diff("kz-2019", "draft.yaml");
    }

    @Test
    void whatifPassesTheGoalParsedAndTheCostsFile() {
        when(app.whatif(any(), any(), any(), any(), any())).thenThrow(new kz.etalon.problem.InputException(List.of()));

        CliRun.with(app, "whatif", "--city", "Aktau", "--goal", "score:80%", "--costs", "costs.csv");

        verify(app).whatif("kz-2019", null, "Aktau", Goal.parse("score:80%").orElseThrow(), Path.of("costs.csv"));
    }

    @Test
    void aUsageErrorIsFoundBeforeTheApplicationIsCalled() {
        CliRun run = CliRun.with(app, "compare", "--standard", "kz-2018");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("give --standard twice");
        verifyNoInteractions(app);
    }

    @Test
    void runningOutOfMemoryAnywhereIsOneLineAndExit3() {
        when(app.evaluate(eq("kz-2019"), any())).thenThrow(new OutOfMemoryError("Java heap space"));

        CliRun run = CliRun.with(app, "evaluate");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).startsWith("etalon: internal error: out of memory (Java heap space)").hasLineCount(1);
        assertThat(run.hasStackTrace()).isFalse();
    }
}
