package kz.etalon.app;

import java.util.List;
import java.util.Optional;
import kz.etalon.round.CityState;
import kz.etalon.round.Round;
import kz.etalon.round.RoundCity;
import kz.etalon.round.Step;

/** Where a round stands: every city with its state, timeliness and how many of its values are given. */
public record RoundStatus(Round round, int indicators, List<CityStatus> cities) {

    public RoundStatus {
        cities = List.copyOf(cities);
    }

    /** Whether a city's data came, or is still due, by the deadline. */
    public enum Timeliness {
        ON_TIME, LATE;

        public String key() {
            return this == ON_TIME ? "on-time" : "late";
        }
    }

    /** One city of the round: its state, its given and explained values, its last step and its open questions. */
    public record CityStatus(RoundCity city, CityState state, long given, long explained, Timeliness timeliness,
                             Optional<Step> lastStep, int openQuestions) {
    }

    public long approved() {
        return cities.stream().filter(city -> city.state() == CityState.APPROVED).count();
    }

    /** Until every city is approved, a ranking of the round's data set is provisional. */
    public boolean provisional() {
        return approved() < cities.size();
    }
}
