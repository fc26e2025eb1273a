package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.analysis.OutcomeDiff;
import kz.etalon.result.CityResult;
import kz.etalon.result.GroupResult;

/**
 * A comparison as text: the movement table, each city's rule outcomes that differ (largest effect on
 * the total first), the standard's changes that move cities, and with two data years the 2x2 split.
 */
public final class CompareText {

    private final Comparison comparison;
    private final String before;
    private final String after;
    private final StringBuilder out = new StringBuilder();

    private CompareText(Comparison comparison) {
        this.comparison = comparison;
        this.before = comparison.before().standard().id();
        this.after = comparison.after().standard().id();
    }

    /**
     * @param perCity how many differences to show per city (0 for all)
     * @param onlyCity a city to show alone, or empty for all
     */
    public static String render(Comparison comparison, List<Impact> impacts, List<Attribution> attribution, int perCity,
                                Optional<String> onlyCity) {
        CompareText text = new CompareText(comparison);
        text.movement();
        text.differences(perCity, onlyCity);
        text.impacts(impacts);
        if (!attribution.isEmpty()) {
            text.attribution(attribution);
        }
        text.notes();
        return text.out.toString();
    }

    private void movement() {
        out.append(before).append(" (").append(comparison.before().citiesFile()).append(") -> ").append(after).append(" (")
                .append(comparison.after().citiesFile()).append("): ").append(comparison.comparisons().size())
                .append(" cities\n\n");
        Set<String> groups = new LinkedHashSet<>();
        comparison.comparisons().forEach(c -> {
            c.before().groups().forEach(g -> groups.add(g.id()));
            c.after().groups().forEach(g -> groups.add(g.id()));
        });
        List<String> header = new ArrayList<>(List.of("City", "Rank", "", "Points", "Score", "Index"));
        groups.forEach(header::add);
        TextTable table = new TextTable(header, List.of(false, true, false, true, true, true));
        for (CityComparison c : comparison.comparisons()) {
            List<String> row = new ArrayList<>(List.of(c.city(),
                    c.before().rank() + " -> " + c.after().rank(), arrow(c.rankMove()),
                    Numbers.plain(c.before().points()) + " -> " + Numbers.plain(c.after().points()),
                    percent(c.before().score()) + " -> " + percent(c.after().score()),
                    Numbers.fixed(c.before().index(), 1) + " -> " + Numbers.fixed(c.after().index(), 1)));
            for (String group : groups) {
                row.add(points(c.before(), group) + " -> " + points(c.after(), group));
            }
            table.add(row);
        }
        out.append(table.render());
        out.append("Groups: band points. ▲ up, ▼ down in rank.\n");
        if (!comparison.onlyBefore().isEmpty()) {
            out.append("Only in the data under ").append(before).append(": ").append(String.join(", ", comparison.onlyBefore())).append('\n');
        }
        if (!comparison.onlyAfter().isEmpty()) {
            out.append("Only in the data under ").append(after).append(": ").append(String.join(", ", comparison.onlyAfter())).append('\n');
        }
    }

    private void differences(int perCity, Optional<String> onlyCity) {
        out.append("\nRule outcomes that differ, largest effect on the total first");
        out.append(perCity > 0 ? " (" + perCity + " per city; --all shows every one)" : "").append('\n');
        for (CityComparison c : comparison.comparisons()) {
            if (onlyCity.isPresent() && !onlyCity.get().equalsIgnoreCase(c.city())) {
                continue;
            }
            out.append('\n').append(c.city()).append(": rank ").append(c.before().rank()).append(" -> ").append(c.after().rank())
                    .append(", points ").append(Numbers.plain(c.before().points())).append(" -> ")
                    .append(Numbers.plain(c.after().points())).append(" (").append(signed(c.after().points().subtract(c.before().points()), 0))
                    .append("), index ").append(Numbers.fixed(c.before().index(), 2)).append(" -> ")
                    .append(Numbers.fixed(c.after().index(), 2)).append('\n');
            List<OutcomeDiff> shown = perCity > 0 && c.differences().size() > perCity
                    ? c.differences().subList(0, perCity) : c.differences();
            TextTable table = new TextTable(List.of("", "", "", "", ""), List.of(false, false, true, false, false));
            shown.forEach(d -> table.add(List.of("  " + d.level().key() + " " + d.id(), values(d), effect(d), rules(d), "")));
            out.append(table.body());
            if (shown.size() < c.differences().size()) {
                out.append("  ... and ").append(c.differences().size() - shown.size()).append(" more\n");
            }
            if (c.differences().isEmpty()) {
                out.append("  no rule outcome differs\n");
            }
        }
    }

    private void impacts(List<Impact> impacts) {
        out.append("\nChanges of the standard that move cities, each applied alone to ").append(before)
                .append(" with ").append(comparison.before().citiesFile()).append('\n');
        int quiet = 0;
        List<String> alone = new ArrayList<>();
        for (Impact impact : impacts) {
            if (!impact.applicable()) {
                alone.add(impact.change().subject());
                continue;
            }
            if (impact.moves().isEmpty()) {
                quiet++;
                continue;
            }
            out.append("\n  ").append(impact.change().description()).append(" (").append(DiffReport.line(impact.change().before()))
                    .append(" -> ").append(DiffReport.line(impact.change().after())).append(")\n");
            for (Impact.CityMove move : impact.moves()) {
                List<String> parts = new ArrayList<>();
                move.groups().forEach(g -> parts.add(g.group() + " " + g.pointsBefore() + " -> " + g.pointsAfter() + " points"));
                if (move.pointsBefore().compareTo(move.pointsAfter()) != 0) {
                    parts.add("total " + Numbers.plain(move.pointsBefore()) + " -> " + Numbers.plain(move.pointsAfter()));
                }
                if (move.rankBefore() != move.rankAfter()) {
                    parts.add("rank " + move.rankBefore() + " -> " + move.rankAfter());
                }
                out.append("    ").append(move.city()).append(": ").append(String.join(", ", parts)).append('\n');
            }
        }
        out.append('\n').append("  ").append(quiet).append(" other change(s) move no city on their own");
        if (!alone.isEmpty()) {
            out.append("; ").append(alone.size()).append(" cannot be applied alone (they need another change): ")
                    .append(String.join(", ", alone));
        }
        out.append("\n  (`etalon diff ").append(before).append(' ').append(after).append("` lists every change with its lines)\n");
    }

    private void attribution(List<Attribution> attribution) {
        out.append("\nWhere each change comes from: data effect = S(").append(before).append(", new data) - S(").append(before)
                .append(", old data); standard effect = S(").append(after).append(", old data) - S(").append(before)
                .append(", old data); interaction = the rest\n");
        TextTable table = new TextTable(List.of("City", "points", "data", "standard", "interaction", "places", "data",
                "standard", "interaction"), List.of(false, true, true, true, true, true, true, true, true));
        for (Attribution a : attribution) {
            Attribution.Split p = a.points();
            Attribution.Split r = a.places();
            table.add(List.of(a.city(), signed(p.total(), 0), signed(p.data(), 0), signed(p.standard(), 0),
                    signed(p.interaction(), 0), signed(r.total(), 0), signed(r.data(), 0), signed(r.standard(), 0),
                    signed(r.interaction(), 0)));
        }
        out.append(table.render());
    }

    private void notes() {
        if (!comparison.notes().isEmpty()) {
            out.append("\nNotes\n");
            comparison.notes().forEach(note -> out.append("  ").append(note).append('\n'));
        }
    }

    private static String values(OutcomeDiff d) {
        String text = number(d.before()) + " -> " + number(d.after());
        if (d.pointsBefore() != null || d.pointsAfter() != null) {
            text += ", " + (d.pointsBefore() == null ? "-" : d.pointsBefore()) + " -> "
                    + (d.pointsAfter() == null ? "-" : d.pointsAfter()) + " points";
        }
        return text;
    }

    private static String effect(OutcomeDiff d) {
        String index = signed(d.indexEffect(), 2) + " index";
        return d.pointsEffect().signum() == 0 ? index : signed(d.pointsEffect(), 0) + " points, " + index;
    }

    private static String rules(OutcomeDiff d) {
        if (d.ruleBefore() == null) {
            return "only in the new standard: rule \"" + d.ruleAfter() + "\"";
        }
        if (d.ruleAfter() == null) {
            return "only in the old standard: rule \"" + d.ruleBefore() + "\"";
        }
        return d.ruleBefore().equals(d.ruleAfter()) ? "rule \"" + d.ruleAfter() + "\""
                : "rule \"" + d.ruleBefore() + "\" -> \"" + d.ruleAfter() + "\"";
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : Numbers.fixed(value, 1);
    }

    private static String points(CityResult city, String group) {
        return city.group(group).map(GroupResult::points).map(String::valueOf).orElse("-");
    }

    private static String percent(BigDecimal score) {
        return Numbers.fixed(score.movePointRight(2), 0) + "%";
    }

    static String arrow(int places) {
        return places > 0 ? "▲" + places : places < 0 ? "▼" + (-places) : "=";
    }

    private static String signed(BigDecimal value, int decimals) {
        BigDecimal shown = value.setScale(decimals, java.math.RoundingMode.HALF_UP);
        String text = decimals == 0 ? Numbers.plain(value) : shown.toPlainString();
        return value.signum() > 0 ? "+" + text : text;
    }
}
