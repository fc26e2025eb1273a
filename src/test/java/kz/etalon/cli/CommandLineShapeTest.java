package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line as picocli builds it: every command listed and helped, no warnings, no cut sentences. */
class CommandLineShapeTest {

    static final List<String> COMMANDS = List.of("evaluate", "validate", "diff", "compare", "whatif", "sensitivity", "report",
            "template", "history", "publish", "round", "serve", "user", "backup", "restore", "completion");

    @Test
    void etalonAloneNamesEveryCommand() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow())
                .isEqualTo("name a command: " + String.join(", ", COMMANDS) + " (see --help)");
    }

    @Test
    void everyCommandsHelpHasAnExampleAndNoPicocliWarning() {
        // picocli warns on the process's own error stream, not the command's
        java.io.PrintStream console = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (String command : COMMANDS) {
                CliRun run = CliRun.of(command, "--help");

                assertThat(run.exitCode()).as(command).isZero();
                assertThat(run.out()).as(command).contains("Usage: etalon " + command, "Examples:", "./etalon " + command);
                assertThat(run.out() + run.err()).as(command).doesNotContain("picocli WARN", "Could not format");
            }
        } finally {
            System.setErr(console);
        }
        assertThat(warnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN", "Could not format");
    }

    @Test
    void theMainHelpListsEveryCommandWithAWholeSentence() {
        String help = CliRun.of("--help").out();
        String commands = help.substring(help.indexOf("Commands:"), help.indexOf("Examples:"));

        for (String command : COMMANDS) {
            assertThat(commands).contains("  " + command + " ");
        }
        // Each description, its wrapped lines joined, ends a sentence: picocli shows the first line only.
        String joined = commands.replaceAll("\n\\s{10,}", " ");
        joined.lines().skip(1).filter(line -> !line.isBlank())
                .forEach(line -> assertThat(line.strip()).as(line).endsWith("."));
    }
}
