package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An --out that cannot be written is the user's to fix: exit 2 and a plain message, never exit 3, for every command. */
class OutFileTest {

    /** Every command that writes a result, with the quickest arguments that run it. */
    static final List<List<String>> WRITING_COMMANDS = List.of(
            List.of("evaluate", "--format", "json"),
            List.of("diff", "kz-2018", "kz-2019"),
            List.of("compare", "--standard", "kz-2018", "--standard", "kz-2019"),
            List.of("whatif", "--city", "Aktau"),
            List.of("sensitivity", "--runs", "2"),
            List.of("report"),
            List.of("template"));

    @TempDir
    Path dir;

    @Test
    void whenTheOutFolderDoesNotExist_thenEveryCommandSaysSoWithExit2BeforeAnyWork() {
        Path out = dir.resolve("no-such-folder/results.json");
        for (List<String> command : WRITING_COMMANDS) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--out", out.toString()));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(command.get(0)).contains(out + ": error: cannot write the output", "folder that exists");
            assertThat(run.hasStackTrace()).isFalse();
        }
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void whenOutNamesAFolder_thenItIsABadInputErrorAndTheFolderIsUntouched() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("results"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        CliRun run = CliRun.of("evaluate", "--out", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("cannot write the output");
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(folder);
        }
    }

    @Test
    void whenOutNamesTheCityDataOrTheStandard_thenItIsRefusedAndTheInputKept() throws Exception {
        Path cities = Files.copy(Path.of("data/kz-2019-cities.csv"), dir.resolve("c.csv"));
        Path standard = Files.copy(Path.of("standards/kz-2019.yaml"), dir.resolve("s.yaml"));
        byte[] before = Files.readAllBytes(cities);

        CliRun overData = CliRun.of("evaluate", "--cities", cities.toString(), "--format", "csv", "--out", cities.toString());
        CliRun overStandard = CliRun.of("evaluate", "--standard", standard.toString(), "--cities", cities.toString(),
                "--out", standard.toString());
        CliRun overBundled = CliRun.of("evaluate", "--format", "csv", "--out", "data/kz-2019-cities.csv");

        for (CliRun run : List.of(overData, overStandard, overBundled)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains("it is one of the inputs");
        }
        assertThat(Files.readAllBytes(cities)).isEqualTo(before);
        assertThat(Files.readString(standard)).isEqualTo(Files.readString(Path.of("standards/kz-2019.yaml")));
    }

    @Test
    void aDashOrADeviceIsWrittenIntoAndNotReplaced() {
        CliRun dash = CliRun.of("diff", "kz-2018", "kz-2019", "--out", "-");
        CliRun devNull = CliRun.of("diff", "kz-2018", "kz-2019", "--out", "/dev/null");

        assertThat(dash.exitCode()).isZero();
        assertThat(dash.out()).isEqualTo(CliRun.of("diff", "kz-2018", "kz-2019").out()).contains("kz-2018 (standards/kz-2018.yaml) -> kz-2019");
        assertThat(devNull.exitCode()).as(devNull.err()).isZero();
        assertThat(devNull.out()).isEmpty();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }
}
