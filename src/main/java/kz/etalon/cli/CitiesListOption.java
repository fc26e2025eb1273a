package kz.etalon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --cities FILE}, once or twice: one data file for both standards, or two data years (A's, then B's). */
final class CitiesListOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--cities", paramLabel = "FILE",
            description = "City data (.csv or .xlsx) for both standards, or give it twice for two data years: A's, then B's."
                    + " Default: the bundled data of the (later) standard.")
    List<Path> cities = new ArrayList<>();

    List<Path> atMostTwo() {
        if (cities.size() > 2) {
            throw new ParameterException(spec.commandLine(), "give --cities once (one data file) or twice (A's year, B's year)");
        }
        return cities;
    }
}
