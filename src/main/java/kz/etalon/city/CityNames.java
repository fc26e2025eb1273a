package kz.etalon.city;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A city's name in the readers' other languages, as a data file may give it: a {@code name_ru} or
 * {@code name_kk} column (a row of that id in a workbook of {@code etalon template}). The city's own
 * name, the one in the {@code city} column, stays its id everywhere.
 */
public final class CityNames {

    /** The languages a city's name may be given in besides its id. */
    public static final List<String> LANGUAGES = List.of("ru", "kk");
    private static final String PREFIX = "name_";

    private CityNames() {
    }

    /** {@code ru} for the column {@code name_ru} (in any letter case), else empty. */
    public static Optional<String> language(String column) {
        String folded = column.strip().toLowerCase(Locale.ROOT);
        return folded.startsWith(PREFIX) && LANGUAGES.contains(folded.substring(PREFIX.length()))
                ? Optional.of(folded.substring(PREFIX.length())) : Optional.empty();
    }

    /** The column (or template row) that holds the names in {@code language}: {@code name_ru}. */
    public static String column(String language) {
        return PREFIX + language;
    }
}
