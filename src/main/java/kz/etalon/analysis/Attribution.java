package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;

/**
 * The 2x2 split of a city's change from (standard A, data d1) to (standard B, data d2):
 * data effect = S(A, d2) - S(A, d1); standard effect = S(B, d1) - S(A, d1); interaction = the rest.
 * The three add up to the total change exactly, for points and for places.
 */
public record Attribution(String city, Corner aD1, Corner aD2, Corner bD1, Corner bD2) {

    /** A city's rank and points in one of the four evaluations. */
    public record Corner(int rank, BigDecimal points) {
    }

    /** Points: total, data, standard, interaction. */
    public Split points() {
        BigDecimal total = bD2.points.subtract(aD1.points);
        BigDecimal data = aD2.points.subtract(aD1.points);
        BigDecimal standard = bD1.points.subtract(aD1.points);
        return new Split(total, data, standard, total.subtract(data).subtract(standard));
    }

    /** Places gained (a rank going from 5 to 3 gains 2): total, data, standard, interaction. */
    public Split places() {
        int total = aD1.rank - bD2.rank;
        int data = aD1.rank - aD2.rank;
        int standard = aD1.rank - bD1.rank;
        return new Split(BigDecimal.valueOf(total), BigDecimal.valueOf(data), BigDecimal.valueOf(standard),
                BigDecimal.valueOf(total - data - standard));
    }

    public record Split(BigDecimal total, BigDecimal data, BigDecimal standard, BigDecimal interaction) {
    }

    /** One attribution per city present in all four evaluations, in the order of S(B, d2). */
    public static List<Attribution> of(Evaluation aD1, Evaluation aD2, Evaluation bD1, Evaluation bD2) {
        List<Attribution> all = new ArrayList<>();
        for (CityResult city : bD2.cities()) {
            String name = city.city();
            if (aD1.city(name).isPresent() && aD2.city(name).isPresent() && bD1.city(name).isPresent()) {
                all.add(new Attribution(name, corner(aD1, name), corner(aD2, name), corner(bD1, name), corner(bD2, name)));
            }
        }
        return all;
    }

    private static Corner corner(Evaluation evaluation, String city) {
        CityResult result = evaluation.city(city).orElseThrow();
        return new Corner(result.rank(), result.points());
    }
}
