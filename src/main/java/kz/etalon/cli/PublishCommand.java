package kz.etalon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import kz.etalon.app.Etalon;
import kz.etalon.app.Audit;
import kz.etalon.app.AuditEntry;
import kz.etalon.app.AuditKind;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "publish",
        description = "Publishes a draft standard: sets `status: published`, commits it and tags the commit with its id. "
                + "A published standard is read-only.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon publish kz-2026", "  ./etalon publish kz-2026 --as \"Aigerim Sadykova\"",
                "  ./etalon publish kz-2027 --workspace /srv/etalon   (the workspace a server serves)"})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The draft's id (the name of its file in the workspace's standards/).")
    private String id;

    @Option(names = "--as", paramLabel = "NAME", description = "Who publishes it (default: your login name).")
    private String as;

    @Override
    public Integer call() {
        String name = as == null || as.isBlank() ? System.getProperty("user.name", "etalon") : as.strip();
        Etalon app = workspace.app(parent);
        String standard = app.workspace().standardId(id);
        Commit commit = app.publish(standard, Author.named(name));
        Audit.of(app.workspace().home()).record(Audit.Actor.commandLine(name), AuditKind.STANDARD_PUBLISHED, standard,
                AuditEntry.Outcome.OK, "version=" + commit.shortId());
        String shown = Terminal.printable(standard);
        PrintWriter printed = spec.commandLine().getOut();
        printed.println(shown + " is published: commit " + commit.shortId() + ", tag " + shown + " (this version is "
                + shown + "@" + shown + " or " + shown + "@" + commit.shortId() + ")");
        printed.flush();
        return Main.OK;
    }
}
