package kz.etalon.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Change;
import kz.etalon.app.Version;
import kz.etalon.report.ChangeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "history",
        description = "The versions of a standard, newest first: commit, date (UTC), author, step, subject, then its "
                + "structural changes against the version before.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon history kz-2026", "  ./etalon diff kz-2026@a1b2c3d kz-2026"})
final class HistoryCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "ID", description = "The standard's id.")
    private String id;

    @Mixin
    private OutOption out;

    @Override
    public Integer call() {
        StringBuilder text = new StringBuilder();
        for (Version version : workspace.app(parent).history(id)) {
            text.append(version.commit().shortId()).append("  ").append(WHEN.format(version.commit().when())).append("  ")
                    .append(Terminal.printable(version.commit().author())).append("  ").append(version.step().isEmpty() ? "-" : version.step())
                    .append("  ").append(Terminal.printable(version.commit().subject())).append('\n');
            for (Change change : version.changes()) {
                text.append("    ").append(ChangeText.english(change)).append('\n');
            }
            if (!version.readable()) {
                text.append("    (this version is not a readable standard)\n");
            }
        }
        out.write(text.toString());
        return Main.OK;
    }
}
