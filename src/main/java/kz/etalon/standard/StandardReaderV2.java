package kz.etalon.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.etalon.problem.Hints;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a standard file of schema {@code etalon/v2} (docs/standard-format.md): band tables,
 * classifications of nodes, indicators with their codes, attributes, input ranges and bands, an optional
 * total and an optional ranking; checks it completely, every problem with its line.
 */
final class StandardReaderV2 {

    static final String SCHEMA = "etalon/v2";
    private static final Set<String> TOP_KEYS = Set.of("schema", "id", "year", "title", "source", "rules", "status",
            "based_on", "scale", "missing", "factors", "bands", "classifications", "indicators", "total", "ranking");
    private static final Set<String> TABLE_KEYS = Set.of("bounds", "rounding", "steps");
    private static final Set<String> STEP_KEYS = Set.of("from", "above", "below", "through", "min", "max", "points", "label",
            "colour");
    private static final Set<String> CLASSIFICATION_KEYS = Set.of("id", "name", "nodes");
    private static final Set<String> NODE_KEYS = Set.of("id", "code", "name", "parent", "level", "aggregation", "measure",
            "weights", "bands", "factor", "missing", "scored", "indicators", "attributes");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "code", "method", "name", "provenance", "target",
            "better", "unit", "source", "input", "bands", "attributes");
    private static final Set<String> INPUT_KEYS = Set.of("kind", "min", "max");
    private static final List<String> INPUT_KINDS = InputKind.words();
    private static final Set<String> TOTAL_KEYS = Set.of("classification", "scale", "max_score");
    private static final Set<String> RANKING_KEYS = Set.of("tie_break");

    private final StandardReader common;
    private final Path file;
    private final Problems problems;
    private final Map<String, Location> lines = new LinkedHashMap<>();
    private final Map<String, BigDecimal> factors = new LinkedHashMap<>();
    /** The factor's name of each node that names one (`factor: K2`), by node key. */
    private final Map<String, String> factorNames = new LinkedHashMap<>();

    StandardReaderV2(StandardReader common, Path file, Problems problems) {
        this.common = common;
        this.file = file;
        this.problems = problems;
    }

    static boolean declaresV2(Node root) {
        if (!(root instanceof MappingNode mapping)) {
            return false;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("schema")
                    && tuple.getValueNode() instanceof ScalarNode value) {
                return value.getValue().equals(SCHEMA);
            }
        }
        return false;
    }

    Optional<Standard> standard(Node root) {
        Optional<YamlFields> opened = YamlFields.open(file, problems, root, "the standard", TOP_KEYS);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        YamlFields top = opened.get();
        lines.putAll(top.locations(""));
        String id = top.text("id", true).map(value -> common.checkedStandardId("id", value, top.at("id"))).orElse("?");
        int year = top.integer("year", true).orElse(0);
        Status status = common.status(top);
        Optional<String> basedOn = top.text("based_on", false).map(v -> common.checkedStandardId("based_on", v, top.at("based_on")));
        LocalizedText title = top.node("title", true).map(node -> common.localized(node, "the title"))
                .orElse(LocalizedText.english(id));
        LocalizedText source = common.textOrLocalized(top, "source", "the source");
        List<RuleFolder> rules = common.ruleFolders(top);
        BigDecimal scale = top.number("scale", false).orElse(BigDecimal.valueOf(100));
        if (scale.signum() <= 0) {
            problems.error(top.at("scale"), "`scale` must be above 0, e.g. `scale: 100`");
        }
        MissingPolicy missing = top.text("missing", false).flatMap(value -> word(value, MissingPolicy.values(),
                top.at("missing"), "missing")).orElse(MissingPolicy.EXCLUDE);
        top.entries("factors", false).forEach((name, node) -> top.number(node, "factor `" + name + "`").ifPresent(value -> {
            if (value.signum() <= 0) {
                problems.error(YamlSource.at(file, node), "factor `" + name + "` must be above 0");
            }
            factors.put(name, value);
        }));
        Map<String, BandTable> tables = new LinkedHashMap<>();
        top.entries("bands", false).forEach((name, node) -> table(name, node, scale).ifPresent(t -> tables.put(name, t)));
        List<Indicator> indicators = new ArrayList<>();
        Map<String, IndicatorSpec> specs = new HashMap<>();
        for (Node item : top.list("indicators", true)) {
            indicator(item, tables, indicators, specs);
        }
        Map<String, Indicator> byId = new LinkedHashMap<>();
        indicators.forEach(indicator -> {
            Indicator earlier = byId.putIfAbsent(indicator.id(), indicator);
            if (earlier != null) {
                problems.error(indicator.at(), "duplicate indicator id `" + indicator.id() + "` (first at line "
                        + earlier.at().line() + "); ids must be unique");
            }
        });
        List<Classification> classifications = new ArrayList<>();
        for (Node item : top.list("classifications", true)) {
            classification(item, tables, byId.keySet()).ifPresent(classifications::add);
        }
        Optional<Total> total = top.fields("total", false, "`total`", TOTAL_KEYS).flatMap(fields -> total(fields, classifications));
        Optional<YamlFields> ranking = top.fields("ranking", false, "`ranking`", RANKING_KEYS);
        List<String> tieBreak = ranking.map(fields -> tieBreak(fields, total.isPresent())).orElse(List.of());
        if (ranking.isPresent() && total.isEmpty()) {
            problems.error(top.at("ranking"), "`ranking` ranks cities by their total, but the standard has no `total:`;"
                    + " add a `total:` or remove `ranking:`");
        }
        common.translations().report(problems, file);
        // an indicator's area, for what still reads one: the first leaf that holds it
        Map<String, String> firstLeaf = new HashMap<>();
        classifications.forEach(c -> c.nodes().forEach(node -> node.indicators().forEach(i -> firstLeaf.putIfAbsent(i, node.id()))));
        List<Indicator> placed = byId.values().stream().map(i -> new Indicator(i.id(), firstLeaf.getOrDefault(i.id(), ""),
                i.method(), i.name(), i.target(), i.better(), i.unit(), i.provenance(), i.source(), i.keys(), i.at())).toList();
        Scoring scoring = new Scoring(scale, new Rounding(RoundingMode.HALF_UP, 0), missing, List.of(), Map.of(),
                total.map(Total::statedMax).orElse(null), total.map(Total::at).orElse(top.at()), top.at());
        Method method = new Method(classifications, tables, placed, specs, total, ranking.isPresent() && total.isPresent());
        Standard standard = new Standard(file, id, year, title, source, rules, scoring, tieBreak, List.of(), List.of(),
                lines, status, basedOn, method);
        return Optional.of(V1Shape.of(standard, factors, factorNames).orElse(standard));
    }

    private Optional<BandTable> table(String name, Node node, BigDecimal scale) {
        return YamlFields.open(file, problems, node, "band table `" + name + "`", TABLE_KEYS).flatMap(table -> {
            BandTable.Bounds bounds = table.text("bounds", false).flatMap(v -> word(v, BandTable.Bounds.values(),
                    table.at("bounds"), "bounds")).orElse(BandTable.Bounds.EXACT);
            Rounding rounding = table.fields("rounding", false, "`rounding`", Set.of("mode", "decimals"))
                    .map(r -> new Rounding(r.text("mode", false).flatMap(v -> word(v, RoundingMode.values(), r.at("mode"),
                            "rounding mode")).orElse(RoundingMode.HALF_UP), r.integer("decimals", false).orElse(0)))
                    .orElse(new Rounding(RoundingMode.HALF_UP, 0));
            List<BandStep> steps = new ArrayList<>();
            List<Band> asBands = new ArrayList<>();
            List<Node> items = table.list("steps", true);
            for (int i = 0; i < items.size(); i++) {
                int number = i + 1;
                YamlFields.open(file, problems, items.get(i), "a band", STEP_KEYS).ifPresent(step -> {
                    boolean exact = bounds == BandTable.Bounds.EXACT;
                    boolean above = exact && step.has("above");
                    boolean through = exact && step.has("through");
                    ExactBands.checkEnds(step, exact, problems);
                    BigDecimal from = step.number(exact ? (above ? "above" : "from") : "min", !exact).orElse(BigDecimal.ZERO);
                    BigDecimal to = step.number(exact ? (through ? "through" : "below") : "max", !exact).orElse(null);
                    int points = step.integer("points", true).orElse(0);
                    if (points < 0) {
                        problems.error(step.at("points"), "band " + number + " gives " + points + " points; points are 0 or more");
                    }
                    LocalizedText label = common.textOrLocalized(step, "label", "a band label");
                    steps.add(new BandStep(from, to, points, label, BandColour.read(step, number, problems), step.at(),
                            !above, through));
                    if (to != null) {
                        asBands.add(new Band(number, from, to, points, step.at()));
                    }
                });
            }
            if (steps.isEmpty()) {
                problems.error(table.at(), "band table `" + name + "` has no band; give it `steps:`");
                return Optional.empty();
            }
            if (steps.stream().allMatch(step -> step.points() == 0)) {
                // points earned are shares of the top band's points: a top of 0 would divide by 0
                problems.error(table.at(), "band table `" + name + "` gives 0 points in every band; give its top band"
                        + " more than 0 points");
            }
            if (bounds == BandTable.Bounds.ROUNDED) {
                BandCheck.check(new Scoring(scale, rounding, MissingPolicy.EXCLUDE, asBands, Map.of(), BigDecimal.ONE,
                        table.at(), table.at()), problems);
            } else {
                ExactBands.checkSequence(name, steps, problems);
            }
            return Optional.of(new BandTable(name, bounds, rounding, steps, table.at()));
        });
    }

    private void indicator(Node item, Map<String, BandTable> tables, List<Indicator> indicators,
                           Map<String, IndicatorSpec> specs) {
        YamlFields.open(file, problems, item, "an indicator", INDICATOR_KEYS).ifPresent(fields -> {
            Optional<String> id = fields.text("id", true).map(v -> common.checkedId(v, fields.at("id"), "indicator"));
            Optional<String> method = fields.text("method", true);
            LocalizedText name = fields.node("name", true).map(node -> common.localized(node, "an indicator name"))
                    .orElse(LocalizedText.english(id.orElse("?")));
            BigDecimal target = fields.number("target", false).orElse(null);
            if (target != null && target.signum() <= 0) {
                problems.error(fields.at("target"), "`target` must be above 0, found " + target.toPlainString());
            }
            Indicator.Direction better = fields.text("better", false).flatMap(v -> word(v, Indicator.Direction.values(),
                    fields.at("better"), "better")).orElse(Indicator.Direction.HIGHER);
            String provenance = fields.text("provenance", false).orElse("");
            if (!provenance.isEmpty() && !StandardReader.PROVENANCES.contains(provenance)) {
                problems.error(fields.at("provenance"), "provenance `" + provenance + "` is unknown; use paper, press or "
                        + "illustrative, or leave it out" + Hints.didYouMean(provenance, StandardReader.PROVENANCES));
            }
            String bands = fields.text("bands", false).orElse(null);
            if (bands != null && !tables.containsKey(bands)) {
                problems.error(fields.at("bands"), "band table `" + bands + "` is not among `bands:`"
                        + Hints.didYouMean(bands, tables.keySet()) + "; tables there: " + String.join(", ", tables.keySet()));
            }
            IndicatorSpec spec = new IndicatorSpec(fields.text("code", false).orElse(null), attributes(fields),
                    null, null, null, bands);
            Optional<YamlFields> input = fields.fields("input", false, "`input`", INPUT_KEYS);
            if (input.isPresent()) {
                spec = input(input.get(), spec);
            }
            if (id.isPresent() && method.isPresent()) {
                indicators.add(new Indicator(id.get(), "", method.get(), name, target, better,
                        common.textOrLocalized(fields, "unit", "a unit"), provenance,
                        common.textOrLocalized(fields, "source", "a source"), fields.keys(), fields.at()));
                specs.put(id.get(), spec);
            }
        });
    }

    private IndicatorSpec input(YamlFields input, IndicatorSpec spec) {
        String kind = input.text("kind", true).orElse("number");
        if (!INPUT_KINDS.contains(kind)) {
            problems.error(input.at("kind"), "input kind `" + kind + "` is unknown; use " + String.join(", ", INPUT_KINDS)
                    + Hints.didYouMean(kind, INPUT_KINDS));
        }
        BigDecimal min = input.number("min", false).orElse(null);
        BigDecimal max = input.number("max", kind.equals("points")).orElse(null);
        if (min != null && max != null && min.compareTo(max) > 0) {
            problems.error(input.at("min"), "input `min: " + min.toPlainString() + "` is above `max: " + max.toPlainString() + "`");
        }
        if (max != null && max.signum() <= 0) {
            problems.error(input.at("max"), "input `max` must be above 0");
        }
        return new IndicatorSpec(spec.code(), spec.attributes(), kind, min, max, spec.bands());
    }

    private Map<String, String> attributes(YamlFields fields) {
        Map<String, String> attributes = new LinkedHashMap<>();
        fields.entries("attributes", false).forEach((key, value) -> fields.text(value, "attribute `" + key + "`")
                .ifPresent(text -> attributes.put(key, text)));
        return attributes;
    }

    private Optional<Classification> classification(Node item, Map<String, BandTable> tables, Set<String> indicatorIds) {
        return YamlFields.open(file, problems, item, "a classification", CLASSIFICATION_KEYS).flatMap(fields -> {
            Optional<String> id = fields.text("id", true).map(v -> common.checkedId(v, fields.at("id"), "classification"));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            LocalizedText name = fields.node("name", false).map(node -> common.localized(node, "a classification name"))
                    .orElse(LocalizedText.english(id.get()));
            List<MethodNode> nodes = new ArrayList<>();
            for (Node nodeItem : fields.list("nodes", true)) {
                node(nodeItem, id.get(), tables, indicatorIds).ifPresent(nodes::add);
            }
            return Optional.of(new Classification(id.get(), name, ClassificationTree.checked(id.get(), nodes, problems), fields.at()));
        });
    }

    private Optional<MethodNode> node(Node item, String classification, Map<String, BandTable> tables,
                                      Set<String> indicatorIds) {
        return YamlFields.open(file, problems, item, "a node", NODE_KEYS).flatMap(fields -> {
            Optional<String> id = fields.text("id", true).map(v -> common.checkedId(v, fields.at("id"), "node"));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            LocalizedText name = fields.node("name", true).map(node -> common.localized(node, "a node name"))
                    .orElse(LocalizedText.english(id.get()));
            String bands = fields.text("bands", false).orElse(null);
            if (bands != null && !tables.containsKey(bands)) {
                problems.error(fields.at("bands"), "band table `" + bands + "` is not among `bands:`"
                        + Hints.didYouMean(bands, tables.keySet()));
            }
            List<String> indicators = fields.textList("indicators", false);
            indicators.stream().filter(i -> !indicatorIds.contains(i)).forEach(i -> problems.error(fields.at("indicators"),
                    "node `" + id.get() + "` lists indicator `" + i + "`, which `indicators:` does not define"
                            + Hints.didYouMean(i, indicatorIds)));
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            fields.entries("weights", false).forEach((key, value) -> fields.number(value, "weight `" + key + "`")
                    .ifPresent(weight -> {
                        if (weight.signum() <= 0) {
                            problems.error(YamlSource.at(file, value), "weight `" + key + "` must be above 0");
                        }
                        weights.put(key, weight);
                    }));
            BigDecimal factor = factor(fields, classification + "/" + id.get());
            String parent = fields.text("parent", false).orElse(null);
            return Optional.of(new MethodNode(classification + "/" + id.get(), id.get(), classification,
                    fields.text("level", false).orElse(""), parent == null ? null : classification + "/" + parent, name,
                    fields.text("code", false).orElse(null), attributes(fields),
                    fields.text("aggregation", false).orElse("mean"),
                    fields.text("measure", false).flatMap(v -> word(v, MethodNode.Measure.values(), fields.at("measure"),
                            "measure")).orElse(MethodNode.Measure.PERCENT),
                    weights, bands, factor,
                    fields.text("missing", false).flatMap(v -> word(v, MethodNode.NodeMissing.values(), fields.at("missing"),
                            "missing")).orElse(MethodNode.NodeMissing.NOT_SCORED),
                    fields.text("scored", false).map(v -> !v.equals("false")).orElse(true), indicators, fields.at()));
        });
    }

    /** A node's factor: a number above 0, or the name of one of `factors:`. */
    private BigDecimal factor(YamlFields fields, String nodeKey) {
        Optional<String> written = fields.text("factor", false);
        if (written.isEmpty()) {
            return null;
        }
        if (factors.containsKey(written.get())) {
            factorNames.put(nodeKey, written.get());
            return factors.get(written.get());
        }
        if (!written.get().matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
            problems.error(fields.at("factor"), "factor `" + written.get() + "` is neither a number nor one of `factors:`"
                    + Hints.didYouMean(written.get(), factors.keySet()));
            return null;
        }
        BigDecimal factor = new BigDecimal(written.get());
        if (factor.signum() <= 0) {
            problems.error(fields.at("factor"), "`factor` must be above 0");
        }
        return factor;
    }

    private Optional<Total> total(YamlFields fields, List<Classification> classifications) {
        Optional<String> name = fields.text("classification", true);
        Optional<Classification> classification = name.flatMap(n -> classifications.stream()
                .filter(c -> c.id().equals(n)).findFirst());
        if (name.isPresent() && classification.isEmpty()) {
            problems.error(fields.at("classification"), "total over classification `" + name.get() + "`, which"
                    + " `classifications:` does not define" + Hints.didYouMean(name.get(),
                    classifications.stream().map(Classification::id).toList()));
            return Optional.empty();
        }
        classification.ifPresent(c -> c.nodes().stream().filter(node -> node.parent() == null && (node.bands() == null
                || !node.scored())).forEach(node -> problems.error(node.at(), "node `" + node.id() + "` makes the total"
                + " but has no `bands:`; a total adds the band points of the top nodes of `" + c.id() + "`")));
        Total.Scale scale = fields.text("scale", false).flatMap(v -> word(v, Total.Scale.values(), fields.at("scale"),
                "scale")).orElse(Total.Scale.SHARE_OF_MAX);
        BigDecimal max = fields.number("max_score", false).orElse(null);
        lines.putAll(fields.locations("total."));
        return classification.map(c -> new Total(c.id(), scale, max, fields.has("max_score") ? fields.at("max_score")
                : fields.at()));
    }

    private List<String> tieBreak(YamlFields ranking, boolean hasTotal) {
        List<String> keys = new ArrayList<>();
        for (Node item : ranking.list("tie_break", false)) {
            Location at = YamlSource.at(file, item);
            ranking.text(item, "a tie-break key").ifPresent(key -> {
                if (!List.of("score", "index").contains(key)) {
                    problems.error(at, "tie-break key `" + key + "` is neither score nor index");
                } else {
                    keys.add(key);
                }
            });
        }
        return hasTotal && !ranking.has("tie_break") ? List.of("index") : keys;
    }

    /** A closed set's value by its YAML word (lower case, `_` for a space). */
    private <E extends Enum<E>> Optional<E> word(String value, E[] values, Location at, String key) {
        List<String> words = new ArrayList<>();
        for (E known : values) {
            String word = known.name().toLowerCase(Locale.ROOT);
            words.add(word);
            if (word.equals(value)) {
                return Optional.of(known);
            }
        }
        problems.error(at, "`" + key + ": " + value + "` is unknown; use " + String.join(", ", words)
                + Hints.didYouMean(value, words));
        return Optional.empty();
    }
}
