package kz.etalon.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.analysis.Change;
import kz.etalon.analysis.StandardDiff;
import kz.etalon.report.DiffReport;
import kz.etalon.standard.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "diff",
        description = "What changed between two standards: indicators added, removed, renamed, moved, with a new "
                + "method or target; areas, groups, factors, bands, rounding, missing values; each with its line on both sides.",
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon diff kz-2018 kz-2019", "  ./etalon diff kz-2019 my-draft.yaml --format json"})
final class DiffCommand implements Callable<Integer> {

    enum Format { text, json }

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier standard: an id or a YAML file.")
    private String before;

    @Parameters(index = "1", paramLabel = "B", description = "The later standard: an id or a YAML file.")
    private String after;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all).")
    private Path out;

    @Option(names = "--lang", defaultValue = "en", description = "Language of the text: en, ru or kk. Default: ${DEFAULT-VALUE}.")
    private Language lang;

    @Override
    public Integer call() throws IOException {
        Project project = parent.project();
        Standard a = Inputs.standard(project, project.standardFile(before)).standard();
        Standard b = Inputs.standard(project, project.standardFile(after)).standard();
        List<Change> changes = StandardDiff.between(a, b);
        String text = format == Format.json ? DiffReport.json(a, b, changes) : DiffReport.text(a, b, changes, lang.name());
        Output.write(spec, project, out, text);
        return Main.OK;
    }
}
