package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.history.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A served workspace (not Etalon's own folder) reached from the command line as README shows: `publish ID` and
 * `history ID` with --workspace or ETALON_WORKSPACE, the version publish prints usable as ID@VERSION, a path
 * where an id is expected, and the workspace of a user who may not write in the installation.
 */
class WorkspaceOptionTest {

    private static final Pattern PUBLISHED = Pattern.compile(
            "kz-2027 is published: commit ([0-9a-f]{7}), tag kz-2027 \\(this version is kz-2027@kz-2027 or kz-2027@\\1\\)\n");

    @TempDir
    Path dir;
    private Path served;

    @BeforeEach
    void aServedWorkspaceWithADraft() {
        served = CopiedWorkspace.in(dir);
        CopiedWorkspace.app(served).newDraft("kz-2019", "kz-2027", 2027, Author.named("anna"));
    }

    @Test
    void publishAndHistoryOfAServedWorkspace_byWorkspaceOption_printAVersionThatNamesTheCommitAndWorks() throws Exception {
        CliRun published = CliRun.of("publish", "kz-2027", "--as", "Bolat", "--workspace", served.toString());

        assertThat(published.exitCode()).as(published.err()).isZero();
        Matcher printed = PUBLISHED.matcher(published.out());
        assertThat(printed.matches()).as(published.out()).isTrue();
        String commit = printed.group(1);
        CliRun history = CliRun.of("history", "kz-2027", "--workspace", served.toString());
        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out().lines().findFirst().orElseThrow()).startsWith(commit + "  ").contains("Bolat  published");
        for (String version : List.of("kz-2027@" + commit, "kz-2027@kz-2027")) {
            CliRun diff = CliRun.of("diff", version, "kz-2027", "--workspace", served.toString());
            assertThat(diff.exitCode()).as(version + ": " + diff.err()).isZero();
            CliRun evaluated = CliRun.of("evaluate", "--standard", version, "--workspace", served.toString());
            assertThat(evaluated.exitCode()).as(version + ": " + evaluated.err()).isZero();
            assertThat(evaluated.out()).contains("17 cities");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(served.resolve(".etalon"))))
                .as("README: .etalon is its owner's alone").isEqualTo("rwx------");
    }

    @Test
    void theEnvironmentVariableNamesTheWorkspaceAsTheOptionDoes() {
        Etalon installed = new Etalon(new Workspace(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath()));

        CliRun published = CliRun.withEnvironment(installed, Map.of(Workspace.ENVIRONMENT, served.toString()), folder -> true,
                "publish", "kz-2027");

        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).matches(PUBLISHED);
        assertThat(CopiedWorkspace.app(served).standardText("kz-2027").text()).contains("status: published");
        assertThat(Path.of("standards/kz-2027.yaml")).doesNotExist();
    }

    @Test
    void thePathOfAStandardInTheWorkspaceIsTakenForItsId() {
        CliRun history = CliRun.of("history", served.resolve("standards/kz-2027.yaml").toString(), "--workspace", served.toString());

        assertThat(history.exitCode()).as(history.err()).isZero();
        assertThat(history.out()).contains("anna  created  kz-2027: new draft from kz-2019");
    }

    @Test
    void aPathOutsideTheWorkspaceIsRefusedWithTheCommandToWrite() {
        CliRun publish = CliRun.of("publish", served.resolve("standards/kz-2027.yaml").toString());
        assertThat(publish.exitCode()).isEqualTo(2);
        assertThat(publish.err()).contains("is a path", "write its id: `kz-2027 --workspace " + served + "`");
        assertThat(publish.hasStackTrace()).isFalse();

        CliRun history = CliRun.of("history", dir.resolve("x.yaml").toString());
        assertThat(history.exitCode()).isEqualTo(2);
        assertThat(history.err()).contains("is a path", "write its id: `x`");
        assertThat(history.out()).isEmpty();
    }

    @Test
    void anUnknownIdInHistoryIsAClearErrorNotAnEmptyList() {
        CliRun history = CliRun.of("history", "kz-2099", "--workspace", served.toString());

        assertThat(history.exitCode()).isEqualTo(2);
        assertThat(history.err()).contains("no standard `kz-2099`", "kz-2027");
    }

    @Test
    void aFolderWithoutStandardsIsRefusedWhicheverWayItIsNamed() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Etalon installed = new Etalon(new Workspace(Path.of("").toAbsolutePath(), Path.of("").toAbsolutePath()));

        CliRun byOption = CliRun.of("history", "kz-2019", "--workspace", empty.toString());
        CliRun byEnvironment = CliRun.withEnvironment(installed, Map.of(Workspace.ENVIRONMENT, empty.toString()), folder -> true,
                "evaluate");

        assertThat(byOption.exitCode()).isEqualTo(2);
        assertThat(byOption.err()).contains("no standards/ folder in " + empty + " (--workspace)");
        assertThat(byEnvironment.exitCode()).isEqualTo(2);
        assertThat(byEnvironment.err()).contains("no standards/ folder in " + empty + " (" + Workspace.ENVIRONMENT + ")");
    }

    @Test
    void everyCommandThatReadsOrWritesAWorkspaceTakesTheSameWorkspaceOption() {
        CommandLine etalon = new CommandLine(new EtalonCommand(null, name -> null, folder -> true));
        List<String> without = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(etalon.getSubcommands().values());
        for (int i = 0; i < commands.size(); i++) {
            CommandLine command = commands.get(i);
            commands.addAll(command.getSubcommands().values());
            String name = command.getCommandSpec().qualifiedName();
            boolean leaf = command.getSubcommands().isEmpty();
            if (leaf && !name.endsWith(" completion") && command.getCommandSpec().findOption("--workspace") == null) {
                without.add(name);
            }
        }
        assertThat(without).isEmpty();
    }

    @Test
    void aUserWhoMayNotWriteInTheInstallationGetsAWorkspaceOfTheirOwn_madeOnceFromItsStandardsAndData() throws Exception {
        Path installation = CopiedWorkspace.in(dir.resolve("opt"));
        Path data = dir.resolve("xdg-data");
        Etalon installed = CopiedWorkspace.app(installation);
        Map<String, String> environment = Map.of("XDG_DATA_HOME", data.toString(), "HOME", dir.resolve("home").toString());

        CliRun first = CliRun.withEnvironment(installed, environment, folder -> !folder.startsWith(installation), "evaluate");
        CliRun second = CliRun.withEnvironment(installed, environment, folder -> !folder.startsWith(installation), "evaluate");

        Path own = data.resolve("etalon");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err().lines().filter(line -> line.contains("your workspace"))).containsExactly("etalon: " + installation
                + " is read-only, so your workspace is " + own + ", made now from its standards and data (its rules stay those of "
                + installation.resolve("rules") + "); --workspace DIR or ETALON_WORKSPACE names another");
        assertThat(first.out()).contains("17 cities from " + own.resolve("data/kz-2019-cities.csv"));
        assertThat(own.resolve("standards/kz-2019.yaml")).hasSameTextualContentAs(installation.resolve("standards/kz-2019.yaml"));
        assertThat(own.resolve("rules")).as("DRL is read from the installation only").doesNotExist();
        assertThat(second.err()).doesNotContain("your workspace");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void servingAFolderThisUserMayNotWriteInIsRefusedAtStart() {
        CliRun serve = CliRun.withEnvironment(CopiedWorkspace.app(served), Map.of(), folder -> !folder.startsWith(served),
                "serve", "--port", "0", "--workspace", served.toString());

        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).contains("you may not write in " + served, "--workspace DIR");
        assertThat(serve.hasStackTrace()).isFalse();
    }
}
