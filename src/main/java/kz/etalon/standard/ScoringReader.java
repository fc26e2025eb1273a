package kz.etalon.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code scoring:} section of a standard: scale, rounding, missing values, bands, factors. */
final class ScoringReader {

    static final Set<String> KEYS = Set.of("scale", "rounding", "missing", "bands", "factors", "max_score");
    private static final Set<String> ROUNDING_KEYS = Set.of("mode", "decimals");
    private static final Set<String> BAND_KEYS = Set.of("min", "max", "points");

    private final Path file;
    private final Problems problems;
    private boolean bandsComplete = true;

    ScoringReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** False when a band could not be read, so that coverage checks do not report follow-on gaps. */
    boolean bandsComplete() {
        return bandsComplete;
    }

    Optional<Scoring> read(YamlFields scoring) {
        BigDecimal scale = scoring.number("scale", true).orElse(BigDecimal.valueOf(100));
        if (scale.signum() <= 0) {
            problems.error(scoring.at("scale"), "`scale` must be above 0, e.g. `scale: 100`");
        }
        Rounding rounding = scoring.fields("rounding", true, "`rounding`", ROUNDING_KEYS)
                .map(this::rounding)
                .orElse(new Rounding(RoundingMode.HALF_UP, 0));
        MissingPolicy missing = scoring.text("missing", true).flatMap(value -> {
            try {
                return Optional.of(MissingPolicy.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.error(scoring.at("missing"), "`missing: " + value + "` is not a policy; use zero, exclude or error");
                return Optional.empty();
            }
        }).orElse(MissingPolicy.ZERO);
        List<Band> bands = new ArrayList<>();
        List<Node> bandNodes = scoring.list("bands", true);
        for (int i = 0; i < bandNodes.size(); i++) {
            int number = i + 1;
            YamlFields.open(file, problems, bandNodes.get(i), "a band", BAND_KEYS).ifPresent(band -> {
                Optional<BigDecimal> min = band.number("min", true);
                Optional<BigDecimal> max = band.number("max", true);
                Optional<Integer> points = band.integer("points", true);
                if (points.isPresent() && points.get() < 0) {
                    problems.error(band.at("points"), "band " + number + " gives " + points.get()
                            + " points; points are 0 or more");
                }
                if (min.isPresent() && max.isPresent() && points.isPresent()) {
                    bands.add(new Band(number, min.get(), max.get(), points.get(), band.at()));
                } else {
                    bandsComplete = false;
                }
            });
        }
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        scoring.entries("factors", true).forEach((name, value) ->
                scoring.number(value, "factor `" + name + "`").ifPresent(factor -> {
                    if (factor.signum() <= 0) {
                        problems.error(YamlSource.at(file, value), "factor `" + name + "` must be above 0");
                    }
                    factors.put(name, factor);
                }));
        Optional<BigDecimal> maxScore = scoring.number("max_score", true);
        if (maxScore.isEmpty()) {
            return Optional.empty();
        }
        if (maxScore.get().signum() <= 0) {
            // the score is points / max_score: 0 would divide by zero, a negative maximum turns the ranking over
            problems.error(scoring.at("max_score"), "`max_score` must be above 0, found " + maxScore.get().toPlainString()
                    + "; the top band must give points");
        }
        return Optional.of(new Scoring(scale, rounding, missing, bands, factors, maxScore.get(), scoring.at("max_score"),
                scoring.at("factors")));
    }

    private Rounding rounding(YamlFields rounding) {
        RoundingMode mode = rounding.text("mode", true).flatMap(value -> {
            try {
                return Optional.of(RoundingMode.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.error(rounding.at("mode"), "rounding mode `" + value
                        + "` is unknown; use half_up, half_even, half_down, up, down, ceiling or floor");
                return Optional.empty();
            }
        }).orElse(RoundingMode.HALF_UP);
        if (mode == RoundingMode.UNNECESSARY) {
            problems.error(rounding.at("mode"), "rounding mode `unnecessary` cannot round an average; use half_up");
        }
        int decimals = rounding.integer("decimals", true).orElse(0);
        if (decimals < 0 || decimals > 6) {
            problems.error(rounding.at("decimals"), "`decimals` must be between 0 and 6");
            decimals = 0;
        }
        return new Rounding(mode, decimals);
    }
}
