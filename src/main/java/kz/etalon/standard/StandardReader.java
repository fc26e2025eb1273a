package kz.etalon.standard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.etalon.problem.Hints;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.problem.Problems;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a standard file of schema {@code etalon/v1} (DESIGN section 2) and checks it completely. */
public final class StandardReader {

    public static final String SCHEMA = "etalon/v1";
    public static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    static final Set<String> PROVENANCES = Set.of("paper", "press", "illustrative");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Set<String> TOP_KEYS = Set.of("schema", "id", "year", "title", "source", "rules",
            "scoring", "ranking", "groups", "areas", "status", "based_on");
    private static final Set<String> RANKING_KEYS = Set.of("tie_break");
    private static final Set<String> GROUP_KEYS = Set.of("id", "factor", "name", "areas");
    private static final Set<String> AREA_KEYS = Set.of("id", "name", "indicators");
    private static final Set<String> INDICATOR_KEYS = Set.of("id", "method", "name", "provenance", "target",
            "better", "unit", "source");

    private final Path file;
    private final Problems problems;
    private final TranslationCheck translations = new TranslationCheck();
    /** False when a group or band could not be read: checks across them would only add misleading errors. */
    private boolean groupsComplete = true;
    private boolean bandsComplete = true;

    private StandardReader(Path file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Reads and validates {@code file}; every problem goes to {@code problems}. Empty if unusable. */
    public static Optional<Standard> read(Path file, Problems problems) {
        Problems own = new Problems();
        Optional<Standard> standard = readAsFarAsItGoes(file, own);
        problems.addAll(own.sorted());
        return own.hasErrors() ? Optional.empty() : standard;
    }

    /**
     * Reads and validates {@code file} as {@link #read} does, but gives the standard also when it has errors,
     * as far as it could be read (an indicator or group that could not be is left out): so that the checks
     * that come after, against the rules, report their problems in the same run, not after these are fixed.
     * Such a standard is for checking only, never for scoring.
     */
    public static Optional<Standard> readAsFarAsItGoes(Path file, Problems problems) {
        Problems own = new Problems();
        StandardReader reader = new StandardReader(file, own);
        Optional<Node> root = YamlSource.read(file, own);
        Optional<Standard> standard;
        if (root.filter(StandardReaderV2::declaresV2).isPresent()) {
            standard = new StandardReaderV2(reader, file, own).standard(root.get());
        } else {
            standard = root.flatMap(reader::standard);
            standard.ifPresent(s -> StandardValidator.check(s, own, reader.groupsComplete, reader.bandsComplete));
        }
        problems.addAll(own.sorted());
        return standard;
    }

    /** Reads {@code file}, or throws with every problem found. */
    public static Standard readOrThrow(Path file) {
        Problems problems = new Problems();
        Optional<Standard> standard = read(file, problems);
        problems.throwIfErrors();
        return standard.orElseThrow(() -> InputException.of(Location.of(file), "unreadable standard"));
    }

    private Optional<Standard> standard(Node root) {
        Optional<YamlFields> opened = YamlFields.open(file, problems, root, "the standard", TOP_KEYS);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        YamlFields top = opened.get();
        top.text("schema", true).ifPresent(schema -> {
            if (!schema.equals(SCHEMA)) {
                problems.error(top.at("schema"), "unknown schema `" + schema + "`; this version of Etalon reads `"
                        + SCHEMA + "` and `" + StandardReaderV2.SCHEMA + "`");
            }
        });
        String id = top.text("id", true).map(value -> checkedStandardId("id", value, top.at("id"))).orElse("?");
        String expectedName = id + ".yaml";
        if (!id.equals("?") && file.getFileName() != null && !file.getFileName().toString().equals(expectedName)) {
            problems.warning(top.at("id"), "standard `" + id + "` is in a file named `" + file.getFileName()
                    + "`; name it `" + expectedName + "` so that `--standard " + id + "` finds it");
        }
        int year = top.integer("year", true).orElse(0);
        Status status = status(top);
        Optional<String> basedOn = top.text("based_on", false).map(value -> checkedStandardId("based_on", value, top.at("based_on")));
        basedOn.filter(value -> value.equals(id)).ifPresent(value -> problems.error(top.at("based_on"),
                "`based_on: " + value + "` names the standard itself; name the standard this one was made from"));
        LocalizedText title = top.node("title", true).map(node -> localized(node, "the title"))
                .orElse(LocalizedText.english(id));
        LocalizedText source = textOrLocalized(top, "source", "the source");
        List<RuleFolder> rules = ruleFolders(top);
        ScoringReader scoringReader = new ScoringReader(file, problems);
        Map<String, Location> lines = new LinkedHashMap<>(top.locations(""));
        Optional<YamlFields> scoringFields = top.fields("scoring", true, "`scoring`", ScoringReader.KEYS);
        scoringFields.ifPresent(fields -> lines.putAll(fields.locations("scoring.")));
        Optional<Scoring> scoring = scoringFields.flatMap(scoringReader::read);
        bandsComplete = scoringReader.bandsComplete();
        List<Group> groups = new ArrayList<>();
        for (Node item : top.list("groups", true)) {
            group(item).ifPresent(groups::add);
        }
        List<Area> areas = new ArrayList<>();
        for (Node item : top.list("areas", true)) {
            area(item).ifPresent(areas::add);
        }
        List<String> tieBreak = tieBreak(top, groups, lines);
        translations.report(problems, file);
        if (scoring.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Standard(file, id, year, title, source, rules, scoring.get(), tieBreak, groups, areas,
                lines, status, basedOn));
    }

    Status status(YamlFields top) {
        return top.text("status", false).flatMap(word -> {
            for (Status known : Status.values()) {
                if (known.word().equals(word)) {
                    return Optional.of(known);
                }
            }
            problems.error(top.at("status"), "`status: " + word + "` should be `draft` or `published`"
                    + Hints.didYouMean(word, List.of("draft", "published")));
            return Optional.empty();
        }).orElse(Status.PUBLISHED);
    }

    /** Where the translations of a file's texts are recorded, to be reported once it is read. */
    TranslationCheck translations() {
        return translations;
    }

    List<RuleFolder> ruleFolders(YamlFields top) {
        List<RuleFolder> folders = new ArrayList<>();
        List<Node> items = top.list("rules", true);
        for (Node item : items) {
            Location at = YamlSource.at(file, item);
            top.text(item, "an item of `rules`").ifPresent(name -> {
                if (!FOLDER.matcher(name).matches()) {
                    problems.error(at, "rules folder `" + name + "` must be the name of a folder inside the project's "
                            + "rules/ (e.g. `common`), not a path: DRL is code and is loaded only from there");
                } else {
                    folders.add(new RuleFolder(name, at));
                }
            });
        }
        boolean anEmptyList = top.node("rules", false).filter(SequenceNode.class::isInstance).isPresent();
        if (folders.isEmpty() && items.isEmpty() && anEmptyList) {
            problems.error(top.at("rules"), "`rules` names no folder; the scoring method lives in `rules: [common]`");
        }
        return folders;
    }

    private List<String> tieBreak(YamlFields top, List<Group> groups, Map<String, Location> lines) {
        List<String> keys = new ArrayList<>();
        Optional<YamlFields> ranking = top.fields("ranking", false, "`ranking`", RANKING_KEYS);
        ranking.ifPresent(fields -> lines.putAll(fields.locations("ranking.")));
        if (ranking.isEmpty()) {
            return List.of("index");
        }
        List<String> known = new ArrayList<>(List.of("score", "index"));
        groups.forEach(group -> known.add(group.id()));
        for (Node item : ranking.get().list("tie_break", false)) {
            Location at = YamlSource.at(file, item);
            ranking.get().text(item, "a tie-break key").ifPresent(key -> {
                if (!known.contains(key)) {
                    problems.error(at, "tie-break key `" + key + "` is neither score, index nor a group id"
                            + Hints.didYouMean(key, known));
                } else {
                    keys.add(key);
                }
            });
        }
        return keys;
    }

    private Optional<Group> group(Node item) {
        Optional<YamlFields> opened = YamlFields.open(file, problems, item, "a group", GROUP_KEYS);
        if (opened.isEmpty()) {
            groupsComplete = false;
        }
        return opened.flatMap(group -> {
            Optional<String> id = group.text("id", true).map(value -> checkedId(value, group.at("id"), "group"));
            Optional<String> factor = group.text("factor", true);
            LocalizedText name = group.node("name", true).map(node -> localized(node, "a group name"))
                    .orElse(LocalizedText.english(id.orElse("?")));
            List<String> areas = group.textList("areas", true);
            if (group.has("areas") && areas.isEmpty()) {
                problems.error(group.at("areas"), "group `" + id.orElse("?") + "` lists no area; give it at least one "
                        + "or remove it");
            }
            if (id.isEmpty()) {
                groupsComplete = false;
                return Optional.empty();
            }
            if (factor.isEmpty()) {
                groupsComplete = false;
            }
            return Optional.of(new Group(id.get(), factor.orElse(""), name, areas, group.at()));
        });
    }

    private Optional<Area> area(Node item) {
        return YamlFields.open(file, problems, item, "an area", AREA_KEYS).flatMap(area -> {
            Optional<String> id = area.text("id", true).map(value -> checkedId(value, area.at("id"), "area"));
            LocalizedText name = area.node("name", true).map(node -> localized(node, "an area name"))
                    .orElse(LocalizedText.english(id.orElse("?")));
            List<Indicator> indicators = new ArrayList<>();
            for (Node indicatorNode : area.list("indicators", true)) {
                indicator(indicatorNode, id.orElse("?")).ifPresent(indicators::add);
            }
            if (area.has("indicators") && indicators.isEmpty()) {
                problems.error(area.at("indicators"), "area `" + id.orElse("?") + "` has no indicator; "
                        + "give it at least one or remove it");
            }
            return id.map(value -> new Area(value, name, indicators, area.at()));
        });
    }

    private Optional<Indicator> indicator(Node item, String areaId) {
        return YamlFields.open(file, problems, item, "an indicator", INDICATOR_KEYS).flatMap(indicator -> {
            Optional<String> id = indicator.text("id", true).map(value -> checkedId(value, indicator.at("id"), "indicator"));
            Optional<String> method = indicator.text("method", true);
            LocalizedText name = indicator.node("name", true).map(node -> localized(node, "an indicator name"))
                    .orElse(LocalizedText.english(id.orElse("?")));
            BigDecimal target = indicator.number("target", false).orElse(null);
            if (target != null && target.signum() <= 0) {
                problems.error(indicator.at("target"), "`target` must be above 0, found " + target.toPlainString());
            }
            Indicator.Direction better = indicator.text("better", false).flatMap(value -> {
                try {
                    return Optional.of(Indicator.Direction.valueOf(value.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.error(indicator.at("better"), "`better: " + value + "` should be `higher` or `lower`");
                    return Optional.empty();
                }
            }).orElse(Indicator.Direction.HIGHER);
            String provenance = indicator.text("provenance", false).orElse("illustrative");
            if (!PROVENANCES.contains(provenance)) {
                problems.error(indicator.at("provenance"), "provenance `" + provenance
                        + "` is unknown; use paper, press or illustrative" + Hints.didYouMean(provenance, PROVENANCES));
            }
            LocalizedText unit = textOrLocalized(indicator, "unit", "a unit");
            LocalizedText source = textOrLocalized(indicator, "source", "a source");
            if (id.isEmpty() || method.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Indicator(id.get(), areaId, method.get(), name, target, better, unit, provenance,
                    source, indicator.keys(), indicator.at()));
        });
    }

    /** A plain text (the same in every language) or a map of language to text, like a name. */
    LocalizedText textOrLocalized(YamlFields fields, String key, String what) {
        return fields.node(key, false).map(node -> node instanceof ScalarNode scalar
                ? LocalizedText.plain(scalar.getValue()) : localized(node, what, key)).orElse(LocalizedText.NONE);
    }

    LocalizedText localized(Node node, String what) {
        return localized(node, what, "name");
    }

    /** {@code kind} names the text in the warning about missing languages: name, unit, source. */
    private LocalizedText localized(Node node, String what, String kind) {
        Map<String, String> texts = new LinkedHashMap<>();
        Optional<YamlFields> fields = YamlFields.openText(file, problems, node, what, Set.copyOf(LANGUAGES));
        fields.ifPresent(names -> LANGUAGES.forEach(language ->
                names.text(language, false).ifPresent(text -> texts.put(language, text))));
        if (fields.isPresent() && texts.isEmpty()) {
            problems.error(fields.get().at(), what + " gives no text; write e.g. `name: {en: Health, ru: ..., kk: ...}`");
        }
        translations.record(kind, texts.keySet(), YamlSource.at(file, node));
        return new LocalizedText(texts);
    }

    String checkedStandardId(String key, String id, Location at) {
        StandardId.problem(id).ifPresent(why -> problems.error(at, "`" + key + ": " + id + "`: a standard id " + why));
        return id;
    }

    String checkedId(String id, Location at, String what) {
        if (!ID.matcher(id).matches()) {
            problems.error(at, what + " id `" + id + "` may hold only letters, digits and . _ - (no spaces or commas)");
        }
        return id;
    }
}
