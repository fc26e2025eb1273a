package kz.etalon.cli;

import java.util.ArrayList;
import java.util.List;
import kz.etalon.app.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --standard ID|FILE}, repeatable: the standards a command compares, earlier first. */
final class StandardsOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--standard", paramLabel = "ID|FILE",
            description = "A standard id (standards/<id>.yaml) or YAML file; repeat it for more, the earlier first. Default: "
                    + Workspace.DEFAULT_STANDARD + ".")
    List<String> standards = new ArrayList<>();

    /** The standards given, or the default one; a usage error unless there are {@code min} to {@code max}. */
    List<String> between(int min, int max, String usage) {
        List<String> given = standards.isEmpty() && min <= 1 ? List.of(Workspace.DEFAULT_STANDARD) : standards;
        if (given.size() < min || given.size() > max) {
            throw new ParameterException(spec.commandLine(), usage);
        }
        return given;
    }
}
