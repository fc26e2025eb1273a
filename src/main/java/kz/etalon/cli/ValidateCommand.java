package kz.etalon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = {"Checks standards (.yaml) and city data files (.csv, .xlsx) and reports every problem at once.",
                "A city file is checked against the standard given with --standard (default kz-2019), "
                        + "or against the standard named just before it on the command line."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon validate standards/kz-2019.yaml",
                "  ./etalon validate standards/kz-2019.yaml data/kz-2019-cities.csv",
                "  ./etalon validate --standard kz-2018 data/kz-2018-cities.csv"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Mixin
    private WorkspaceOption workspace;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StandardOption standard;

    @Mixin
    private StrictOption strict;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Standards (.yaml, .yml) and city data (.csv, .xlsx).")
    private List<Path> files;

    @Override
    public Integer call() {
        List<Problem> found = strict.apply(workspace.app(parent)).validate(standard.standard, files);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        found.forEach(problem -> err.println(Terminal.printable(problem.toString())));
        long errors = found.stream().filter(Problem::isError).count();
        if (errors > 0) {
            err.println(errors + (errors == 1 ? " error" : " errors") + " in " + files.size()
                    + (files.size() == 1 ? " file" : " files"));
            err.flush();
            return Main.BAD_INPUT;
        }
        out.println("ok: " + files.size() + (files.size() == 1 ? " file" : " files")
                + " valid" + (found.isEmpty() ? "" : " (" + found.size() + " warning" + (found.size() == 1 ? "" : "s") + ")"));
        out.flush();
        err.flush();
        return Main.OK;
    }
}
