package kz.etalon.round;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A city taking part in a round, and the accounts of its akimat that may enter its data (none named: every
 * account whose city it is).
 */
public record RoundCity(String name, List<String> accounts) {

    /**
     * A city's name also names its data file, so it holds letters of any script, digits, spaces, '-', '.' and
     * the apostrophe, starts with a letter or digit, and is at most 64 characters.
     */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'-]{0,63}");

    public RoundCity {
        accounts = List.copyOf(accounts);
    }

    /** A city as written on the command line or in the web form: {@code Aktau}, or {@code Aktau = aigul, bolat}. */
    public static RoundCity parse(String text) {
        int equals = text.indexOf('=');
        if (equals < 0) {
            return new RoundCity(text.strip(), List.of());
        }
        List<String> accounts = java.util.Arrays.stream(text.substring(equals + 1).split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList();
        return new RoundCity(text.substring(0, equals).strip(), accounts);
    }

    public static boolean isName(String text) {
        return text != null && NAME.matcher(text).matches() && !text.contains("..") && text.equals(text.strip());
    }

    /** The file of the city's values under the round's {@code cities/} folder. */
    public String fileName() {
        return name + ".csv";
    }

    /** Whether the user {@code account}, whose own city is {@code accountCity}, may enter this city's data. */
    public boolean enteredBy(String account, String accountCity) {
        if (!accounts.isEmpty()) {
            return accounts.stream().anyMatch(name -> name.equalsIgnoreCase(account))
                    && (accountCity == null || accountCity.strip().equalsIgnoreCase(name));
        }
        return accountCity != null && accountCity.strip().equalsIgnoreCase(name);
    }
}
