package kz.etalon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "validate",
        description = {"Checks standards (.yaml) and city data files (.csv, .xlsx) and reports every problem at once.",
                "A city file is checked against the standard given with --standard (default kz-2019),",
                "or against the standard named just before it on the command line."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  ./etalon validate standards/kz-2019.yaml",
                "  ./etalon validate standards/kz-2019.yaml data/kz-2019-cities.csv",
                "  ./etalon validate --standard kz-2018 data/kz-2018-cities.csv"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private EtalonCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE", defaultValue = Project.DEFAULT_STANDARD,
            description = "The standard that city files are checked against. Default: ${DEFAULT-VALUE}.")
    private String standard;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Standards (.yaml, .yml) and city data (.csv, .xlsx).")
    private List<Path> files;

    @Override
    public Integer call() {
        Project project = parent.project();
        List<Problem> found = new ArrayList<>();
        Inputs.Checked current = null;
        boolean currentFailed = false;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    current = null;
                    currentFailed = true;
                    current = Inputs.standard(project, project.userFile(file));
                    currentFailed = false;
                    found.addAll(current.warnings());
                } else {
                    if (currentFailed) {
                        continue;  // its standard's errors are reported; checking against it would only add noise
                    }
                    if (current == null) {
                        current = Inputs.standard(project, project.standardFile(standard));
                    }
                    Problems problems = new Problems();
                    Inputs.cities(current, project.userFile(file), problems);
                    found.addAll(problems.sorted());
                }
            } catch (InputException e) {
                found.addAll(e.problems());
            }
        }
        boolean failed = found.stream().anyMatch(Problem::isError);
        found.forEach(spec.commandLine().getErr()::println);
        if (failed) {
            long errors = found.stream().filter(Problem::isError).count();
            spec.commandLine().getErr().println(errors + (errors == 1 ? " error" : " errors") + " in " + files.size()
                    + (files.size() == 1 ? " file" : " files"));
            spec.commandLine().getErr().flush();
            return Main.BAD_INPUT;
        }
        spec.commandLine().getOut().println("ok: " + files.size() + (files.size() == 1 ? " file" : " files")
                + " valid" + (found.isEmpty() ? "" : " (" + found.size() + " warning" + (found.size() == 1 ? "" : "s") + ")"));
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return Main.OK;
    }
}
