package kz.etalon.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.app.Backups;
import kz.etalon.app.Etalon;
import kz.etalon.app.OutputFile;
import kz.etalon.app.Workspace;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup",
        description = {"Writes one archive (zip) of a workspace: its whole history (every standard's versions, uploads, "
                + "review steps) as a Git bundle, its users and the other files of .etalon/, and a manifest. Safe while "
                + "a server runs: the archive is taken under the workspace's lock, so it is of one moment.",
                "Bring it back with `./etalon restore FILE --workspace DIR`."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon backup --workspace /var/lib/etalon --out /srv/backup/etalon-$(date +%%F).zip",
                "  ./etalon backup --out etalon.zip --lang ru"})
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The workspace to back up. Default: Etalon's own folder.")
    private Path workspace;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The archive to write (replaced if it exists; written whole or not at all).")
    private Path out;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.code());
        Etalon app = parent.app();
        if (workspace != null) {
            app = new Etalon(new Workspace(app.workspace().userFile(workspace), Path.of("")));
        }
        Path home = app.workspace().home();
        if (!Files.isDirectory(home.resolve("standards"))) {
            throw InputException.of(Location.of(home), messages.get("backup.error.notWorkspace"));
        }
        Path archive = parent.app().workspace().userFile(out);
        OutputFile.check(archive, List.of());   // a folder that exists, not a device or a folder itself
        Backups.Written written = app.backup(archive.toAbsolutePath(), messages);
        spec.commandLine().getOut().println(messages.get("backup.done", home, archive, shortId(written.head()),
                written.ownFiles().size(), String.join(", ", written.ownFiles().stream().map(name -> "`" + Terminal.printable(name) + "`").toList())));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }

    static String shortId(String commit) {
        return commit.length() > 12 ? commit.substring(0, 12) : commit;
    }
}
