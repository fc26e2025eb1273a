package kz.etalon.cli;

import java.util.concurrent.Callable;
import kz.etalon.history.Author;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "publish",
        description = "Publishes a draft standard: sets `status: published`, commits it and tags the commit with its id. "
                + "A published standard is read-only.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon publish kz-2026", "  ./etalon publish kz-2026 --as \"Aigerim Sadykova\""})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The draft's id.")
    private String id;

    @Option(names = "--as", paramLabel = "NAME", description = "Who publishes it (default: your login name).")
    private String as;

    @Override
    public Integer call() {
        String name = as == null || as.isBlank() ? System.getProperty("user.name", "etalon") : as.strip();
        parent.app().publish(id, Author.named(name));
        var text = parent.app().standardText(id);
        java.io.PrintWriter printed = spec.commandLine().getOut();
        printed.println(Terminal.printable(id) + " is published (tag " + Terminal.printable(id) + ", version "
                + text.version().substring(0, 7) + ")");
        printed.flush();
        return Main.OK;
    }
}
