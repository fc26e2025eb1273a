package kz.etalon.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.etalon.analysis.Change.Kind;
import kz.etalon.problem.Location;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.RuleFolder;
import kz.etalon.standard.Scoring;
import kz.etalon.standard.Standard;

/**
 * What changed from standard A to standard B: indicators, areas, groups, factors, bands, rounding,
 * missing-value policy and ranking, each with its line on both sides. Ids are the identity: an
 * indicator that keeps its id across versions is the same indicator.
 */
public final class StandardDiff {

    private final Standard a;
    private final Standard b;
    private final List<Change> changes = new ArrayList<>();

    private StandardDiff(Standard a, Standard b) {
        this.a = a;
        this.b = b;
    }

    public static List<Change> between(Standard a, Standard b) {
        StandardDiff diff = new StandardDiff(a, b);
        diff.scoring();
        diff.groups();
        diff.areas();
        diff.indicators();
        return List.copyOf(diff.changes);
    }

    private void scoring() {
        Scoring sa = a.scoring();
        Scoring sb = b.scoring();
        if (!sameRules(a.rules(), b.rules())) {
            add(Kind.RULES_CHANGED, "rules", "rules", names(a.rules()), names(b.rules()));
        }
        if (sa.scale().compareTo(sb.scale()) != 0) {
            add(Kind.SCALE_CHANGED, "scale", "scoring.scale", sa.scale(), sb.scale());
        }
        if (!sa.rounding().equals(sb.rounding())) {
            add(Kind.ROUNDING_CHANGED, "rounding", "scoring.rounding", sa.rounding(), sb.rounding());
        }
        if (sa.missing() != sb.missing()) {
            add(Kind.MISSING_CHANGED, "missing", "scoring.missing", sa.missing(), sb.missing());
        }
        if (!bands(sa).equals(bands(sb))) {
            changes.add(new Change(Kind.BANDS_CHANGED, "bands", List.of(sa.bandsInOrder(), sb.bandsInOrder()),
                    firstChangedBand(sa, sb, a), firstChangedBand(sb, sa, b)));
        }
        for (String name : union(sa.factors().keySet(), sb.factors().keySet())) {
            BigDecimal before = sa.factors().get(name);
            BigDecimal after = sb.factors().get(name);
            if (before == null) {
                add(Kind.FACTOR_ADDED, name, "scoring.factors", name, after);
            } else if (after == null) {
                add(Kind.FACTOR_REMOVED, name, "scoring.factors", name, before);
            } else if (before.compareTo(after) != 0) {
                add(Kind.FACTOR_CHANGED, name, "scoring.factors", name, before, after);
            }
        }
        if (sa.maxScore().compareTo(sb.maxScore()) != 0) {
            add(Kind.MAX_SCORE_CHANGED, "max_score", "scoring.max_score", sa.maxScore(), sb.maxScore());
        }
        if (!a.tieBreak().equals(b.tieBreak())) {
            add(Kind.TIE_BREAK_CHANGED, "tie_break", "ranking.tie_break", new TieBreak(a.tieBreak()),
                    new TieBreak(b.tieBreak()));
        }
    }

    /**
     * The line of the first band of {@code mine} that {@code theirs} does not have as it is (the band
     * table's line when only a band was taken away at the end).
     */
    private static Location firstChangedBand(Scoring mine, Scoring theirs, Standard standard) {
        List<Band> own = mine.bandsInOrder();
        List<Band> other = theirs.bandsInOrder();
        for (int i = 0; i < own.size(); i++) {
            if (i >= other.size() || !sameBand(own.get(i), other.get(i))) {
                return own.get(i).at();
            }
        }
        return standard.lineOf("scoring.bands");
    }

    private static boolean sameBand(Band x, Band y) {
        return x.min().compareTo(y.min()) == 0 && x.max().compareTo(y.max()) == 0 && x.points() == y.points();
    }

    private void groups() {
        Map<String, Group> before = byId(a.groups(), Group::id);
        Map<String, Group> after = byId(b.groups(), Group::id);
        for (String id : union(before.keySet(), after.keySet())) {
            Group ga = before.get(id);
            Group gb = after.get(id);
            if (ga == null) {
                changes.add(new Change(Kind.GROUP_ADDED, id, List.of(id, gb.factor(), gb.areaIds()), Location.of(a.file()),
                        gb.at()));
            } else if (gb == null) {
                changes.add(new Change(Kind.GROUP_REMOVED, id, List.of(id), ga.at(), Location.of(b.file())));
            } else {
                if (!ga.factor().equals(gb.factor())) {
                    changes.add(new Change(Kind.GROUP_FACTOR_CHANGED, id, List.of(id, ga.factor(), gb.factor()), ga.at(),
                            gb.at()));
                }
                if (!ga.name().equals(gb.name())) {
                    changes.add(new Change(Kind.GROUP_RENAMED, id, List.of(id, ga.name(), gb.name()), ga.at(), gb.at()));
                }
            }
        }
    }

    private void areas() {
        Map<String, Area> before = byId(a.areas(), Area::id);
        Map<String, Area> after = byId(b.areas(), Area::id);
        for (String id : union(before.keySet(), after.keySet())) {
            Area aa = before.get(id);
            Area ab = after.get(id);
            if (aa == null) {
                changes.add(new Change(Kind.AREA_ADDED, id, List.of(id, ab.name(), groupOf(b, id)), Location.of(a.file()),
                        ab.at()));
            } else if (ab == null) {
                changes.add(new Change(Kind.AREA_REMOVED, id, List.of(id, aa.name()), aa.at(), Location.of(b.file())));
            } else {
                if (!groupOf(a, id).equals(groupOf(b, id))) {
                    changes.add(new Change(Kind.AREA_MOVED, id, List.of(id, groupOf(a, id), groupOf(b, id)),
                            a.groupOf(id).orElseThrow().at(), b.groupOf(id).orElseThrow().at()));
                }
                if (!aa.name().equals(ab.name())) {
                    changes.add(new Change(Kind.AREA_RENAMED, id, List.of(id, aa.name(), ab.name()), aa.at(), ab.at()));
                }
            }
        }
    }

    private void indicators() {
        Map<String, Indicator> before = byId(a.indicators().toList(), Indicator::id);
        Map<String, Indicator> after = byId(b.indicators().toList(), Indicator::id);
        for (String id : union(before.keySet(), after.keySet())) {
            Indicator ia = before.get(id);
            Indicator ib = after.get(id);
            if (ia == null) {
                changes.add(new Change(Kind.INDICATOR_ADDED, id, List.of(id, ib.name(), ib.areaId(), ib),
                        Location.of(a.file()), ib.at()));
                continue;
            }
            if (ib == null) {
                changes.add(new Change(Kind.INDICATOR_REMOVED, id, List.of(id, ia.name(), ia.areaId()), ia.at(),
                        Location.of(b.file())));
                continue;
            }
            if (!ia.areaId().equals(ib.areaId())) {
                changes.add(new Change(Kind.INDICATOR_MOVED, id, List.of(id, ia.areaId(), ib.areaId()), ia.at(), ib.at()));
            }
            if (!ia.method().equals(ib.method())) {
                changes.add(new Change(Kind.METHOD_CHANGED, id, List.of(id, ia, ib), ia.at(), ib.at()));
            } else {
                if (!Objects.equals(plainOrNull(ia.target()), plainOrNull(ib.target()))) {
                    changes.add(new Change(Kind.TARGET_CHANGED, id, java.util.Arrays.asList(id, ia.target(), ib.target()),
                            ia.at(), ib.at()));
                }
                if (ia.better() != ib.better()) {
                    changes.add(new Change(Kind.DIRECTION_CHANGED, id, List.of(id, ia.better(), ib.better()), ia.at(),
                            ib.at()));
                }
            }
            if (!ia.name().equals(ib.name())) {
                changes.add(new Change(Kind.INDICATOR_RENAMED, id, List.of(id, ia.name(), ib.name()), ia.at(), ib.at()));
            }
        }
    }

    private void add(Kind kind, String subject, String keyPath, Object... details) {
        changes.add(new Change(kind, subject, List.of(details), a.lineOf(keyPath), b.lineOf(keyPath)));
    }

    /** The keys a ranking compares after the score, as a change's particular: {@code [index]}. */
    public record TieBreak(List<String> keys) {
    }

    private static String groupOf(Standard standard, String areaId) {
        return standard.groupOf(areaId).map(Group::id).orElse("-");
    }




    private static String bands(Scoring scoring) {
        return scoring.bandsInOrder().stream()
                .map((Band band) -> plain(band.min()) + ".." + plain(band.max()) + ":" + band.points())
                .collect(Collectors.joining(" ", "[", "]"));
    }

    private static boolean sameRules(List<RuleFolder> x, List<RuleFolder> y) {
        return x.stream().map(RuleFolder::name).toList().equals(y.stream().map(RuleFolder::name).toList());
    }

    private static List<String> names(List<RuleFolder> folders) {
        return folders.stream().map(RuleFolder::name).toList();
    }

    static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String plainOrNull(BigDecimal value) {
        return value == null ? "none" : plain(value);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(id.apply(item), item));
        return map;
    }

    /** A's ids in A's order, then B's new ones in B's order. */
    private static List<String> union(java.util.Collection<String> first, java.util.Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(id -> !all.contains(id)).forEach(all::add);
        return all;
    }
}
