package kz.etalon.cli;

import java.math.BigDecimal;
import picocli.CommandLine.Option;

/** {@code --noise PERCENT} of a sensitivity analysis. */
final class NoiseOption {

    @Option(names = "--noise", paramLabel = "PERCENT", defaultValue = "5", converter = Bounds.Noise.class,
            description = "Each share and number varies by up to this many percent of itself (0 to 100); yes/no answers"
                    + " stay. Default: ${DEFAULT-VALUE}.")
    BigDecimal noise;
}
