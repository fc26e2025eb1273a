package kz.etalon.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --cities FILE}, once: the city data a command reads. */
final class CitiesOption {

    @Option(names = "--cities", paramLabel = "FILE",
            description = "City data: CSV (long or wide form) or an Excel workbook (.xlsx). Default: the standard's bundled"
                    + " data, data/<standard id>-cities.csv.")
    Path cities;
}
