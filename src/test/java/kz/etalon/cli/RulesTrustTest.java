package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DRL is code: it comes only from the project's rules/, never from beside a standard or through a path. */
class RulesTrustTest {

    @TempDir
    Path dir;

    private Path standardWithRulesBesideIt(String rules) throws IOException {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.createDirectories(elsewhere.resolve("rules/common"));
        Files.writeString(elsewhere.resolve("rules/common/evil.drl"), """
                package evil;
                rule "runs anything" @method("yes_no") @input("yes_no")
                when then System.exit(42);
                end
                """);
        return Files.writeString(elsewhere.resolve("tiny.yaml"), Files.readString(Path.of("src/test/resources/valid/tiny.yaml"))
                .replace("rules: [common]", "rules: " + rules));
    }

    @Test
    void whenAStandardElsewhereHasARulesFolderBesideIt_thenTheProjectRulesAreUsedNotThatOne() throws IOException {
        Path standard = standardWithRulesBesideIt("[common]");

        CliRun run = CliRun.of("evaluate", "--standard", standard.toString(), "--cities", "src/test/resources/valid/tiny-cities.csv",
                "--explain", "Almaty");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rule \"percent: yes_no\"").doesNotContain("runs anything");
    }

    @Test
    void whenRulesNameAPathUpAndOut_thenTheStandardIsRefusedBeforeAnyDrlIsRead() throws IOException {
        for (String rules : new String[] {"[../../etc]", "[\"/etc\"]", "[common/../../elsewhere/rules/common]", "[..]",
                "[\"C:\\\\rules\"]"}) {
            Path standard = standardWithRulesBesideIt(rules);

            CliRun run = CliRun.of("validate", standard.toString());

            assertThat(run.exitCode()).as(rules + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(rules).contains("tiny.yaml:7:", "must be the name of a folder inside the project's rules/");
        }
    }
}
