package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HelpAndCompletionTest {

    @Test
    void theCompletionScriptCompletesEveryCommandAndTheLauncher() {
        CliRun run = CliRun.of("completion");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("complete -F _complete_etalon", "./etalon", "report", "template", "--lang", "--standard");
    }

    @Test
    void outputCapturedByAProgramHasNoColour() {
        assertThat(CliRun.of("evaluate").out()).doesNotContain("\u001b[");
        assertThat(CliRun.of("compare", "--standard", "kz-2018", "--standard", "kz-2019").out()).doesNotContain("\u001b[").contains("▲");
    }

    @Test
    void textFromDataIsShownEscapedOnTheTerminal() {
        String hostile = "Aktau\u001b]0;owned\u0007\u001b[2J \u202Eevil\tok\n";

        assertThat(Terminal.printable(hostile)).isEqualTo("Aktau\\x1B]0;owned\\x07\\x1B[2J \\u202Eevil\tok\n");
        assertThat(Terminal.printable("Нур-Султан  75.1 -> 4")).isEqualTo("Нур-Султан  75.1 -> 4");
    }

    @Test
    void colourGoesAfterTheColumnsAreAligned() {
        String table = "   1  Nur-Sultan  75.1 -> 4  30.2 -> 2\n  17  Aktau       39.8 -> 2  17.0 -> 1\n";

        String coloured = Terminal.evaluation(table, 5);

        assertThat(coloured).contains("-> \u001b[32m4\u001b[0m", "-> \u001b[31m2\u001b[0m", "-> \u001b[31m1\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9]+m", "")).isEqualTo(table);
        assertThat(Terminal.movement("Almaty  ▲1  Aktobe ▼7")).isEqualTo("Almaty  \u001b[32m▲1\u001b[0m  Aktobe \u001b[31m▼7\u001b[0m");
    }
}
