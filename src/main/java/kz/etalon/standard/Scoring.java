package kz.etalon.standard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.etalon.problem.Location;

/** The scoring parameters of a standard: scale, rounding, missing values, bands, factors, maximum. */
public record Scoring(
        BigDecimal scale,
        Rounding rounding,
        MissingPolicy missing,
        List<Band> bands,
        Map<String, BigDecimal> factors,
        BigDecimal maxScore,
        Location maxScoreAt,
        Location factorsAt) {

    public Scoring {
        bands = List.copyOf(bands);
        factors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(factors));
    }

    public int topPoints() {
        return bands.stream().mapToInt(Band::points).max().orElse(0);
    }

    public List<Band> bandsInOrder() {
        return bands.stream().sorted(Comparator.comparing(Band::min)).toList();
    }

    public Scoring withScale(BigDecimal newScale) {
        return new Scoring(newScale, rounding, missing, bands, factors, maxScore, maxScoreAt, factorsAt);
    }

    public Scoring withRounding(Rounding newRounding) {
        return new Scoring(scale, newRounding, missing, bands, factors, maxScore, maxScoreAt, factorsAt);
    }

    public Scoring withMissing(MissingPolicy newMissing) {
        return new Scoring(scale, rounding, newMissing, bands, factors, maxScore, maxScoreAt, factorsAt);
    }

    public Scoring withBands(List<Band> newBands) {
        return new Scoring(scale, rounding, missing, newBands, factors, maxScore, maxScoreAt, factorsAt);
    }

    public Scoring withFactors(Map<String, BigDecimal> newFactors) {
        return new Scoring(scale, rounding, missing, bands, newFactors, maxScore, maxScoreAt, factorsAt);
    }
}
