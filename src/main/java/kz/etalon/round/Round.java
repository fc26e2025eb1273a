package kz.etalon.round;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;

/**
 * A rating round: the cities taking part enter their data for {@code year} under a published standard by a
 * deadline; {@code previous} is last year's round (for last year's values).
 */
public record Round(String id, String standard, int year, Optional<LocalDate> deadline, Optional<String> previous,
                    List<RoundCity> cities) {

    /** A round's id names its folder and appears in commit trailers: plain letters, digits, '.', '_' and '-'. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Round {
        cities = List.copyOf(cities);
    }

    public static boolean isId(String text) {
        return text != null && ID.matcher(text).matches() && !text.contains("..");
    }

    /** {@code id} as it is, or an error saying what an id may hold. */
    public static String checkedId(String id) {
        if (!isId(id)) {
            throw InputException.of(Location.of(Path.of("rounds")), "`" + (id == null ? "" : id.strip())
                    + "` is not a round id; an id is up to 64 letters (a-z, A-Z), digits, `.`, `_` or `-`, e.g. kz-2020");
        }
        return id;
    }

    /** The city of this round named {@code name} (case and surrounding spaces ignored). */
    public Optional<RoundCity> city(String name) {
        String wanted = name == null ? "" : name.strip();
        return cities.stream().filter(city -> city.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether the city takes part; an error naming the cities of the round if not. */
    public RoundCity cityOrThrow(String name, Path shownAt) {
        return city(name).orElseThrow(() -> InputException.of(Location.of(shownAt), "no city `" + (name == null ? "" : name.strip())
                + "` in round " + id + "; its cities: " + String.join(", ", cities.stream().map(RoundCity::name).toList())));
    }
}
