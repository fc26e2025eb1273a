package kz.etalon.cli;

import kz.etalon.app.Etalon;
import picocli.CommandLine.Option;

/** {@code --strict}: every warning on the inputs is an error (exit 2, nothing written). */
final class StrictOption {

    @Option(names = "--strict", description = "Treat every warning on the inputs as an error (a city left out of a returned"
            + " template, a value that may be misread, ...): exit 2 and write nothing.")
    boolean strict;

    Etalon apply(Etalon app) {
        return strict ? app.strict(true) : app;
    }
}
