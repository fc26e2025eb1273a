package kz.etalon.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.etalon.app.BackupRestore;
import kz.etalon.app.Etalon;
import kz.etalon.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore",
        description = {"Brings a backup written by `./etalon backup` back into an empty or new folder: the history "
                + "checked out, the users and the other files of .etalon/. The backup's manifest is checked first: one "
                + "of a newer Etalon is refused. A folder that is not empty is refused (exit 2) and left as it is."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon restore /srv/backup/etalon-2026-12-07.zip --workspace /var/lib/etalon",
                "  ./etalon restore etalon.zip --workspace restored --lang kk"})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The archive `./etalon backup` wrote.")
    private Path archive;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "The folder to restore into: empty, or not there yet.")
    private Path workspace;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        Messages messages = Messages.of(lang.code());
        Path file = parent.app().workspace().userFile(archive);
        Path target = parent.app().workspace().userFile(workspace);
        BackupRestore.Restored restored = Etalon.restoreBackup(file, target.toAbsolutePath(), messages);
        spec.commandLine().getOut().println(messages.get("restore.done", file, target,
                BackupCommand.shortId(restored.head()), restored.ownFiles().size(),
                Terminal.printable(restored.etalonVersion()), Terminal.printable(restored.created())));
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
