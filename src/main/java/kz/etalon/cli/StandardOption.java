package kz.etalon.cli;

import kz.etalon.app.Workspace;
import picocli.CommandLine.Option;

/** {@code --standard ID|FILE}, once: the standard a command works under. */
final class StandardOption {

    @Option(names = "--standard", paramLabel = "ID|FILE", defaultValue = Workspace.DEFAULT_STANDARD,
            description = "A standard id (standards/<id>.yaml) or the path of a YAML file. Default: ${DEFAULT-VALUE}.")
    String standard;
}
