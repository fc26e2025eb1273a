package kz.etalon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.app.Etalon;
import kz.etalon.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff",
        description = "What changed between two standards: indicators added, removed, renamed, moved, with a new "
                + "method or target; areas, groups, factors, bands, rounding, missing values; each with its line on both sides.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon diff kz-2018 kz-2019", "  ./etalon diff kz-2019 my-draft.yaml --format json"})
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier standard: an id or a YAML file.")
    private String before;

    @Parameters(index = "1", paramLabel = "B", description = "The later standard: an id or a YAML file.")
    private String after;

    @Mixin
    private TextFormatOption format;

    @Mixin
    private OutOption out;

    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        Etalon app = workspace.app(parent);
        out.check(app.workspace(), List.of(before, after), List.of());
        Etalon.Diff diff = app.diff(before, after);
        out.write(format.json() ? DiffReport.json(diff.before(), diff.after(), diff.changes())
                : DiffReport.text(diff.before(), diff.after(), diff.changes(), lang.code()));
        return Main.OK;
    }
}
