package kz.etalon.city;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kind of value a scoring method reads. The DRL rule of each method declares it
 * ({@code @input("yes_no")}), so a new method needs no Java change to have its values checked.
 */
public enum ValueKind {
    /** yes/no and its spellings; read as 1 or 0. */
    YES_NO,
    /** A percentage from 0 to the standard's scale. */
    PERCENT,
    /** A count, amount or duration: any number from 0 up. */
    NUMBER;

    private static final Map<String, BigDecimal> TOKENS = Map.ofEntries(
            Map.entry("yes", BigDecimal.ONE), Map.entry("no", BigDecimal.ZERO),
            Map.entry("true", BigDecimal.ONE), Map.entry("false", BigDecimal.ZERO),
            Map.entry("1", BigDecimal.ONE), Map.entry("0", BigDecimal.ZERO),
            Map.entry("да", BigDecimal.ONE), Map.entry("нет", BigDecimal.ZERO),
            Map.entry("иә", BigDecimal.ONE), Map.entry("жоқ", BigDecimal.ZERO));
    /** More digits than any measurement has; a longer "number" is a mistake, and slow to compute with. */
    private static final int MAX_LENGTH = 40;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    public static Optional<ValueKind> fromKey(String key) {
        for (ValueKind kind : values()) {
            if (kind.key().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value as a number, or a message saying what is wrong with it and what to write instead. */
    public Parsed parse(String text, BigDecimal scale) {
        String value = text.strip().length() > MAX_LENGTH ? text.strip().substring(0, MAX_LENGTH) + "..." : text.strip();
        if (!value.equals(text.strip())) {
            return Parsed.bad("`" + value + "` (" + text.strip().length() + " characters) is too long for a value");
        }
        return switch (this) {
            case YES_NO -> {
                BigDecimal flag = TOKENS.get(value.toLowerCase(Locale.ROOT));
                yield flag != null ? Parsed.ok(flag)
                        : Parsed.bad("`" + value + "` is not yes or no; write yes/no (or true/false, 1/0, да/нет, иә/жоқ)");
            }
            case PERCENT -> {
                String digits = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
                Optional<BigDecimal> number = number(digits);
                if (number.isEmpty()) {
                    yield Parsed.bad("`" + value + "` is not a percentage; write a number from 0 to "
                            + scale.toPlainString() + ", e.g. 79.85");
                }
                yield number.get().signum() < 0 || number.get().compareTo(scale) > 0
                        ? Parsed.bad("share " + value + " is outside 0.." + scale.toPlainString())
                        : Parsed.ok(number.get());
            }
            case NUMBER -> {
                Optional<BigDecimal> number = number(value);
                if (number.isEmpty()) {
                    yield Parsed.bad("`" + value + "` is not a number; write digits with a decimal point, e.g. 12.5");
                }
                yield number.get().signum() < 0
                        ? Parsed.bad("value " + value + " is negative; this indicator takes values from 0 up")
                        : Parsed.ok(number.get());
            }
        };
    }

    /** Reads {@code 79.85}, and {@code 79,85} as spreadsheets in Russian or Kazakh write it. */
    static Optional<BigDecimal> number(String text) {
        if (text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    /** Either a number or the reason there is none. */
    public record Parsed(BigDecimal number, String problem) {

        static Parsed ok(BigDecimal number) {
            return new Parsed(number, null);
        }

        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }
}
