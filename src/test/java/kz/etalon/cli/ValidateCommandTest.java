package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void whenTheShippedFilesAreValidated_thenTheyAreValid() {
        CliRun run = CliRun.of("validate", "standards/kz-2019.yaml", "data/kz-2019-cities.csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ok: 2 files valid");
    }

    @Test
    void whenAStandardIdIsMistyped_thenEveryCommandThatLooksItUpSuggestsTheKnownOne() {
        CliRun validate = CliRun.of("validate", "--standard", "kz2019", "data/kz-2019-cities.csv");
        CliRun evaluate = CliRun.of("evaluate", "--standard", "kz2019");
        CliRun diff = CliRun.of("diff", "kz-2018", "kz2019");

        for (CliRun run : new CliRun[] {validate, evaluate, diff}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("error: no standard `kz2019`; did you mean `kz-2019`? Known: kz-2018, kz-2019");
        }
    }

    @Test
    void whenAnIndicatorHasAMistypedMethodAndAMistypedKey_thenBothAreReportedInOneRun() throws IOException {
        Path standard = dir.resolve("kz-2019.yaml");
        String text = Files.readString(Path.of("standards/kz-2019.yaml"))
                .replace("{id: ctm.04, method: target, target: 5,", "{id: ctm.04, method: targte, taget: 5,");
        assertThat(text).contains("targte");
        Files.writeString(standard, text);

        CliRun run = CliRun.of("validate", standard.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: method `targte` of ctm.04 is not handled by any rule in rules/common;"
                        + " did you mean `target`?", "error: unknown key `taget` in an indicator; did you mean `target`?")
                .contains("2 errors in 1 file");
    }

    @Test
    void whenABraceIsLeftOpenOrAKeyIsIndentedTooDeep_thenTheLineOfTheCauseIsNamedInPlainWords() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("standards/kz-2019.yaml"));
        int brace = lines.indexOf(lines.stream().filter(line -> line.contains("{id: ctm.04,")).findFirst().orElseThrow());
        List<String> unclosed = new java.util.ArrayList<>(lines);
        unclosed.set(brace, lines.get(brace).replaceFirst("}$", ""));
        List<String> deeper = new java.util.ArrayList<>(lines);
        int rounding = lines.indexOf("  rounding: {mode: half_up, decimals: 0}");
        deeper.set(rounding, "  " + lines.get(rounding));
        Path a = dir.resolve("kz-2019.yaml");
        Path b = dir.resolve("b").resolve("kz-2019.yaml");
        Files.createDirectories(b.getParent());
        Files.write(a, unclosed);
        Files.write(b, deeper);

        CliRun open = CliRun.of("validate", a.toString());
        CliRun indented = CliRun.of("validate", b.toString());

        assertThat(open.exitCode()).isEqualTo(2);
        assertThat(open.err()).contains(a + ":" + (brace + 1) + ":" + (lines.get(brace).indexOf('{') + 1) + ": error: YAML syntax: the `{` opened here is not closed"
                + " before line " + (brace + 2), "(the YAML parser says: expected ',' or '}'");
        assertThat(indented.exitCode()).isEqualTo(2);
        assertThat(indented.err()).contains(b + ":" + (rounding + 1) + ":5: error: YAML syntax: `rounding:` is indented deeper"
                + " than the keys above it");
    }

    @Test
    void whenADrlFileHasATypo_thenTheErrorNamesItsFileAndLine() throws IOException {
        Path home = projectCopy();
        Files.writeString(home.resolve("rules/common/extra.drl"), """
                package kz.etalon.rules.common;

                rule "broken"
                when
                    Strng( )
                then
                end
                """);

        CliRun run = CliRun.in(home, "validate", "standards/kz-2019.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsPattern("extra\\.drl:5(:\\d+)?: error: DRL: .*Strng");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void whenAStandardUsesAMethodNoRuleHandles_thenValidationNamesTheLine() throws IOException {
        Path standard = dir.resolve("typo.yaml");
        Files.writeString(standard, Files.readString(Path.of("standards/kz-2019.yaml"))
                .replaceFirst("method: yes_no", "method: yes_or_no"));
        int line = lineOf(standard, "yes_or_no");

        CliRun run = CliRun.of("validate", standard.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("typo.yaml:" + line + ":", "method `yes_or_no`", "did you mean `yes_no`?");
    }

    @Test
    void whenAStandardPointsOutsideTheRulesFolder_thenItIsRefused() throws IOException {
        Path standard = dir.resolve("escape.yaml");
        Files.writeString(standard, Files.readString(Path.of("standards/kz-2019.yaml"))
                .replace("rules: [common]", "rules: [../../etc]"));

        CliRun run = CliRun.of("validate", standard.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("escape.yaml:" + lineOf(standard, "../../etc") + ":", "not a path");
    }

    @Test
    void whenACityFileFollowsItsStandard_thenItIsCheckedAgainstThatStandard() throws IOException {
        Path cities = Files.writeString(dir.resolve("cities.csv"), "city,indicator,value\nAlmaty,hlt.3,1\n");

        CliRun run = CliRun.of("validate", "standards/kz-2019.yaml", cities.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cities.csv:2:1: error: indicator `hlt.3` is not in kz-2019; did you mean `hlt.03`?");
    }

    private Path projectCopy() throws IOException {
        Path home = dir.resolve("project");
        for (String folder : new String[] {"rules/common", "standards"}) {
            Files.createDirectories(home.resolve(folder));
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, home.resolve(folder).resolve(file.getFileName()));
                }
            }
        }
        return home;
    }

    private static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
