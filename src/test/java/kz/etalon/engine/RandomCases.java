package kz.etalon.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import kz.etalon.engine.ReferenceScorer.Area;
import kz.etalon.engine.ReferenceScorer.Band;
import kz.etalon.engine.ReferenceScorer.Group;
import kz.etalon.engine.ReferenceScorer.Indicator;
import kz.etalon.engine.ReferenceScorer.Spec;

/**
 * Random standards and city data, as YAML and CSV text and as the reference scorer's description of
 * the same: band tables with integer and one-decimal edges, factors, groups, missing policies,
 * tie-break keys, and values on, next to and half a rounding step from band edges. Every case is
 * reproducible from its seed.
 */
final class RandomCases {

    /** One generated case: the standard and cities as files would hold them, and as the reference sees them. */
    record Case(long seed, Spec spec, String yaml, List<ReferenceScorer.City> cities, String csv) {
    }

    private static final List<String> CITY_NAMES = List.of("Almaty", "Astana", "Shymkent", "Karaganda", "Pavlodar",
            "Taraz", "Semey", "Атырау", "Қостанай", "Өскемен", "Kyzylorda", "Turkestan");
    private static final List<String> FACTOR_NAMES = List.of("K1", "K2", "K3", "Alpha", "w_2");
    private static final List<String> FACTOR_VALUES = List.of("1", "2", "3", "0.5", "1.5", "0.25", "2.5");
    private static final List<String> GROUP_IDS = List.of("priority", "additional", "ict", "g4");
    private static final List<String> TARGETS = List.of("1", "3", "7", "20", "30", "95", "0.5", "12.5", "2.7", "1000");
    private static final List<String> YES = List.of("yes", "true", "1", "да", "иә");
    private static final List<String> NO = List.of("no", "false", "0", "нет", "жоқ");
    private static final List<String> SCALES = List.of("100", "100", "100", "100", "100", "100", "10", "50", "200", "1000");

    private final Random random;
    private final long seed;

    private RandomCases(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    static Case generate(long seed) {
        return new RandomCases(seed).generate();
    }

    private Case generate() {
        Spec spec = spec();
        List<ReferenceScorer.City> cities = new ArrayList<>();
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(CITY_NAMES);
        Collections.shuffle(names, random);
        boolean coarse = random.nextInt(3) == 0;
        int count = 1 + random.nextInt(6);
        double missingRate = List.of(0.0, 0.0, 0.1, 0.3).get(random.nextInt(4));
        for (int c = 0; c < count; c++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, String> cells = new LinkedHashMap<>();
            if (c > 0 && random.nextInt(5) == 0) {
                twin(spec, cities.get(random.nextInt(c)), texts, values, cells);
            } else {
                for (Area area : spec.areas()) {
                    for (Indicator indicator : area.indicators()) {
                        if (random.nextDouble() < missingRate) {
                            cells.put(indicator.id(), random.nextBoolean() ? "" : null);
                            continue;
                        }
                        value(spec, indicator, coarse, values, cells);
                    }
                }
            }
            cities.add(new ReferenceScorer.City(names.get(c), values));
            texts.put(names.get(c), cells);
        }
        return new Case(seed, spec, yaml(spec), cities, csv(spec, texts));
    }

    /** A city with another's values moved between indicators that score alike: a tie in every figure. */
    private void twin(Spec spec, ReferenceScorer.City original, Map<String, Map<String, String>> texts,
                      Map<String, BigDecimal> values, Map<String, String> cells) {
        Map<String, String> originalCells = texts.get(original.name());
        for (Area area : spec.areas()) {
            Map<String, List<Indicator>> alike = new LinkedHashMap<>();
            area.indicators().forEach(indicator -> alike.computeIfAbsent(indicator.method() + indicator.target()
                    + indicator.lowerIsBetter(), k -> new ArrayList<>()).add(indicator));
            for (List<Indicator> same : alike.values()) {
                List<Indicator> shuffled = new ArrayList<>(same);
                Collections.shuffle(shuffled, random);
                for (int i = 0; i < same.size(); i++) {
                    String from = shuffled.get(i).id();
                    String to = same.get(i).id();
                    cells.put(to, originalCells.get(from));
                    if (original.values().containsKey(from)) {
                        values.put(to, original.values().get(from));
                    }
                }
            }
        }
    }

    private void value(Spec spec, Indicator indicator, boolean coarse, Map<String, BigDecimal> values,
                       Map<String, String> cells) {
        switch (indicator.method()) {
            case "yes_no" -> {
                boolean yes = random.nextBoolean();
                String token = (yes ? YES : NO).get(random.nextInt(YES.size()));
                token = switch (random.nextInt(3)) {
                    case 0 -> token.toUpperCase(Locale.ROOT);
                    case 1 -> token.substring(0, 1).toUpperCase(Locale.ROOT) + token.substring(1);
                    default -> token;
                };
                values.put(indicator.id(), yes ? BigDecimal.ONE : BigDecimal.ZERO);
                cells.put(indicator.id(), token);
            }
            case "share" -> {
                BigDecimal share = coarse ? spec.scale().multiply(new BigDecimal(List.of("0", "0.25", "0.5", "0.75", "1")
                        .get(random.nextInt(5)))) : share(spec);
                values.put(indicator.id(), share);
                cells.put(indicator.id(), share.toPlainString());
            }
            default -> {
                BigDecimal target = indicator.target();
                BigDecimal value;
                int pick = random.nextInt(10);
                if (coarse || pick == 0) {
                    value = target.multiply(new BigDecimal(List.of("0", "0.5", "1", "2").get(random.nextInt(4))));
                } else if (pick == 1) {
                    value = target;
                } else {
                    value = target.multiply(BigDecimal.valueOf(random.nextInt(2001), 3))
                            .setScale(random.nextInt(3), RoundingMode.HALF_UP);
                }
                values.put(indicator.id(), value.stripTrailingZeros());
                cells.put(indicator.id(), value.toPlainString());
            }
        }
    }

    /** A share anywhere on 0..scale, or on, next to, or half a rounding step from a band edge. */
    private BigDecimal share(Spec spec) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(spec.decimals());
        BigDecimal value;
        if (random.nextInt(5) < 2) {
            Band band = spec.bands().get(random.nextInt(spec.bands().size()));
            BigDecimal edge = random.nextBoolean() ? band.min() : band.max();
            BigDecimal offset = List.of(BigDecimal.ZERO, step.divide(BigDecimal.valueOf(2)), step,
                    step.divide(BigDecimal.TEN), step.divide(BigDecimal.valueOf(2)).add(step.movePointLeft(2)),
                    step.divide(BigDecimal.valueOf(2)).subtract(step.movePointLeft(2))).get(random.nextInt(6));
            value = random.nextBoolean() ? edge.add(offset) : edge.subtract(offset);
        } else {
            value = spec.scale().multiply(BigDecimal.valueOf(random.nextInt(100_001), 5))
                    .setScale(random.nextInt(4), RoundingMode.HALF_UP);
        }
        if (value.signum() < 0) {
            value = BigDecimal.ZERO;
        }
        return value.min(spec.scale()).stripTrailingZeros();
    }

    private Spec spec() {
        BigDecimal scale = new BigDecimal(SCALES.get(random.nextInt(SCALES.size())));
        int decimals = List.of(0, 0, 0, 1, 1, 2).get(random.nextInt(6));
        RoundingMode mode = List.of(RoundingMode.HALF_UP, RoundingMode.HALF_UP, RoundingMode.HALF_EVEN,
                RoundingMode.HALF_DOWN, RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR)
                .get(random.nextInt(8));
        String missing = List.of("zero", "zero", "exclude", "exclude", "error").get(random.nextInt(5));
        List<Band> bands = bands(scale, decimals);
        Map<String, BigDecimal> factors = new LinkedHashMap<>();
        List<String> factorNames = new ArrayList<>(FACTOR_NAMES);
        Collections.shuffle(factorNames, random);
        int factorCount = 1 + random.nextInt(3);
        for (int i = 0; i < factorCount; i++) {
            factors.put(factorNames.get(i), new BigDecimal(FACTOR_VALUES.get(random.nextInt(FACTOR_VALUES.size()))));
        }
        List<String> factorKeys = new ArrayList<>(factors.keySet());
        List<Group> groups = new ArrayList<>();
        List<Area> areas = new ArrayList<>();
        int groupCount = 1 + random.nextInt(4);
        int areaNumber = 0;
        for (int g = 0; g < groupCount; g++) {
            List<String> areaIds = new ArrayList<>();
            int areaCount = 1 + random.nextInt(3);
            for (int a = 0; a < areaCount; a++) {
                String areaId = "a" + (++areaNumber);
                areaIds.add(areaId);
                List<Indicator> indicators = new ArrayList<>();
                int indicatorCount = random.nextInt(3) == 0 ? 1 : 1 + random.nextInt(6);
                for (int i = 1; i <= indicatorCount; i++) {
                    String method = List.of("yes_no", "share", "share", "target", "target").get(random.nextInt(5));
                    BigDecimal target = method.equals("target") ? new BigDecimal(TARGETS.get(random.nextInt(TARGETS.size())))
                            : null;
                    indicators.add(new Indicator(areaId + "." + String.format(Locale.ROOT, "%02d", i), method, target,
                            target != null && random.nextInt(3) == 0));
                }
                areas.add(new Area(areaId, indicators));
            }
            groups.add(new Group(GROUP_IDS.get(g), factorKeys.get(random.nextInt(factorKeys.size())), areaIds));
        }
        Collections.shuffle(areas, random);
        int top = bands.stream().mapToInt(Band::points).max().orElseThrow();
        BigDecimal maxScore = groups.stream().map(group -> factors.get(group.factor()).multiply(BigDecimal.valueOf(top)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> tieBreak = null;
        if (random.nextInt(5) > 0) {
            List<String> keys = new ArrayList<>(List.of("score", "index"));
            groups.forEach(group -> keys.add(group.id()));
            Collections.shuffle(keys, random);
            tieBreak = List.copyOf(keys.subList(0, random.nextInt(Math.min(4, keys.size()) + 1)));
        }
        return new Spec(scale, mode, decimals, missing, bands, factors, maxScore, tieBreak, groups, areas);
    }

    /** 1 to 6 bands covering 0..scale on the rounding grid; edges whole or with one (or two) decimals. */
    private List<Band> bands(BigDecimal scale, int decimals) {
        BigDecimal step = BigDecimal.ONE.movePointLeft(decimals);
        int count = 1 + random.nextInt(6);
        java.util.TreeSet<BigDecimal> cuts = new java.util.TreeSet<>();
        for (int attempt = 0; attempt < 50 && cuts.size() < count - 1; attempt++) {
            int places = decimals == 0 ? 0 : random.nextInt(decimals + 1);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
            long units = scale.divide(unit).longValueExact();
            BigDecimal cut = unit.multiply(BigDecimal.valueOf(1 + (long) (random.nextDouble() * units)));
            if (cut.compareTo(scale) <= 0 && cut.compareTo(step) >= 0) {
                cuts.add(cut.stripTrailingZeros());
            }
        }
        List<Band> bands = new ArrayList<>();
        BigDecimal min = BigDecimal.ZERO;
        int points = cuts.isEmpty() ? 1 + random.nextInt(3) : random.nextInt(3);
        for (BigDecimal cut : cuts) {
            bands.add(new Band(min, cut.subtract(step).stripTrailingZeros(), points));
            min = cut;
            points += 1 + random.nextInt(3);
        }
        bands.add(new Band(min, scale, points));
        if (random.nextInt(4) == 0) {
            Collections.shuffle(bands, random);
        }
        return bands;
    }

    private String yaml(Spec spec) {
        StringBuilder y = new StringBuilder();
        y.append("# generated case, seed ").append(seed).append('\n');
        y.append("schema: etalon/v1\nid: case\nyear: 2024\n");
        y.append("title: {en: \"Generated case ").append(seed).append("\", ru: \"Случай\", kk: \"Жағдай\"}\n");
        y.append("rules: [common]\nscoring:\n");
        y.append("  scale: ").append(spec.scale().toPlainString()).append('\n');
        y.append("  rounding: {mode: ").append(spec.mode().name().toLowerCase(Locale.ROOT)).append(", decimals: ")
                .append(spec.decimals()).append("}\n");
        y.append("  missing: ").append(spec.missing()).append('\n');
        y.append("  bands:\n");
        boolean flow = random.nextBoolean();
        for (Band band : spec.bands()) {
            if (flow) {
                y.append("    - {min: ").append(band.min().toPlainString()).append(", max: ").append(band.max().toPlainString())
                        .append(", points: ").append(band.points()).append("}\n");
            } else {
                y.append("    - min: ").append(band.min().toPlainString()).append("\n      max: ")
                        .append(band.max().toPlainString()).append("\n      points: ").append(band.points()).append('\n');
            }
        }
        y.append("  factors:");
        spec.factors().forEach((name, value) -> y.append("\n    ").append(name).append(": ").append(value.toPlainString()));
        y.append("\n  max_score: ").append(spec.maxScore().stripTrailingZeros().toPlainString()).append('\n');
        if (spec.tieBreak() != null) {
            y.append("ranking:\n  tie_break: [").append(String.join(", ", spec.tieBreak())).append("]\n");
        }
        y.append("groups:\n");
        for (Group group : spec.groups()) {
            y.append("  - {id: ").append(group.id()).append(", factor: ").append(group.factor())
                    .append(", name: {en: \"Group ").append(group.id()).append("\", ru: \"Группа\", kk: \"Топ\"}, areas: [")
                    .append(String.join(", ", group.areaIds())).append("]}\n");
        }
        y.append("areas:\n");
        for (Area area : spec.areas()) {
            y.append("  - id: ").append(area.id()).append("\n    name: {en: \"Area ").append(area.id())
                    .append("\", ru: \"Сфера\", kk: \"Сала\"}\n    indicators:\n");
            for (Indicator indicator : area.indicators()) {
                y.append("      - {id: ").append(indicator.id()).append(", method: ").append(indicator.method());
                if (indicator.target() != null) {
                    y.append(", target: ").append(indicator.target().toPlainString());
                }
                if (indicator.lowerIsBetter()) {
                    y.append(", better: lower");
                }
                y.append(", name: {en: \"Indicator ").append(indicator.id()).append("\", ru: \"Показатель\", kk: \"Көрсеткіш\"}}\n");
            }
        }
        return y.toString();
    }

    /** Long form (comma, or Excel's `;` with decimal commas) or wide form; sometimes a BOM, CRLF, shuffled rows. */
    private String csv(Spec spec, Map<String, Map<String, String>> texts) {
        int flavour = random.nextInt(4);
        String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
        StringBuilder out = new StringBuilder(random.nextInt(5) == 0 ? "\uFEFF" : "");
        List<String> ids = spec.areas().stream().flatMap(area -> area.indicators().stream()).map(Indicator::id).toList();
        if (flavour == 3) {
            out.append("city,").append(String.join(",", ids)).append(eol);
            texts.forEach((city, cells) -> {
                out.append(city);
                ids.forEach(id -> out.append(',').append(cells.get(id) == null ? "" : cells.get(id)));
                out.append(eol);
            });
            return out.toString();
        }
        char separator = flavour == 2 ? ';' : ',';
        out.append("city").append(separator).append("indicator").append(separator).append("value").append(eol);
        List<String> rows = new ArrayList<>();
        texts.forEach((city, cells) -> {
            boolean any = cells.values().stream().anyMatch(cell -> cell != null);
            cells.forEach((id, cell) -> {
                if (cell != null || !any) {
                    String text = cell == null ? "" : separator == ';' ? cell.replace('.', ',') : cell;
                    rows.add(city + separator + id + separator + text);
                }
            });
        });
        if (random.nextInt(3) == 0) {
            Collections.shuffle(rows, random);
        }
        rows.forEach(row -> out.append(row).append(eol));
        return out.toString();
    }
}
