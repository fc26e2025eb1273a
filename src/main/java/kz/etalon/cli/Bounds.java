package kz.etalon.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.analysis.Goal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values that have a range: a value outside it is a usage error (exit 2)
 * that names the range, before any work, never a huge allocation or an arithmetic failure later.
 */
final class Bounds {

    /** Most runs of a Monte Carlo analysis (the web form's bound too). */
    static final int MAX_RUNS = kz.etalon.analysis.Sensitivity.MAX_RUNS;
    /** Largest value a factor may take in a sensitivity analysis. */
    static final BigDecimal MAX_FACTOR = BigDecimal.valueOf(1000);
    /** Most values a factor may take. */
    static final int MAX_FACTOR_VALUES = 100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Bounds() {
    }

    /** {@code --runs}, {@code report --sensitivity}: 1 to {@value #MAX_RUNS}. */
    static final class Runs implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int runs = Integer.parseInt(value.strip());
                if (runs >= 1 && runs <= MAX_RUNS) {
                    return runs;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("`" + value + "` is not a number of runs from 1 to " + MAX_RUNS);
        }
    }

    /** {@code serve --port}: 0 (any free port) to 65535. */
    static final class Port implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int port = Integer.parseInt(value.strip());
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("`" + value + "` is not a port from 0 to 65535 (0 picks a free one)");
        }
    }

    /** {@code --noise}: a percentage from 0 to 100. */
    static final class Noise implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return within(value, BigDecimal.ZERO, HUNDRED, "a percentage from 0 to 100");
        }
    }

    /** {@code --fragile}: a distance in points of a group average, from 0 to 100. */
    static final class Fragile implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            return within(value, BigDecimal.ZERO, HUNDRED, "a distance from 0 to 100 (of a group average in percent)");
        }
    }

    /** {@code --goal}: as {@link Goal#parse} reads it, which the web form shares. */
    static final class GoalValue implements ITypeConverter<Goal> {
        @Override
        public Goal convert(String value) {
            return Goal.parse(value).orElseThrow(() -> new TypeConversionException("`" + value + "` is not " + Goal.FORMS));
        }
    }

    /** A factor and the values it may take. */
    record FactorChoice(String name, List<BigDecimal> values) {
    }

    /** {@code --factor NAME=V1,V2}: up to {@value #MAX_FACTOR_VALUES} values above 0 and at most 1000. */
    static final class Factor implements ITypeConverter<FactorChoice> {
        @Override
        public FactorChoice convert(String value) {
            String[] parts = value.split("=", 2);
            String usage = "`" + value + "` should be NAME=V1,V2,... with up to " + MAX_FACTOR_VALUES
                    + " values above 0 and at most " + MAX_FACTOR + ", e.g. K2=1.5,2,2.5";
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new TypeConversionException(usage);
            }
            String[] texts = parts[1].split(",", -1);
            if (texts.length > MAX_FACTOR_VALUES) {
                throw new TypeConversionException(usage);
            }
            List<BigDecimal> values = new ArrayList<>();
            for (String text : texts) {
                values.add(number(text.strip()).filter(x -> x.signum() > 0 && x.compareTo(MAX_FACTOR) <= 0)
                        .orElseThrow(() -> new TypeConversionException(usage)));
            }
            return new FactorChoice(parts[0].strip(), values);
        }
    }

    private static BigDecimal within(String value, BigDecimal min, BigDecimal max, String what) {
        return number(value.strip()).filter(x -> x.compareTo(min) >= 0 && x.compareTo(max) <= 0)
                .orElseThrow(() -> new TypeConversionException("`" + value + "` is not " + what));
    }

    /** A plain decimal number; none for anything else, and for exponents that only a typo makes. */
    private static java.util.Optional<BigDecimal> number(String text) {
        if (text.length() > 40) {
            return java.util.Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(text);
            return Math.abs(number.scale()) > 30 ? java.util.Optional.empty() : java.util.Optional.of(number);
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
