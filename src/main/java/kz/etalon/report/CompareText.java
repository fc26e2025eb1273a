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
import kz.etalon.i18n.Messages;
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
    private final Messages m;

    private CompareText(Comparison comparison, String language) {
        this.comparison = comparison;
        this.m = Messages.of(language);
        this.before = comparison.before().standard().id();
        this.after = comparison.after().standard().id();
    }

    /**
     * @param perCity how many differences to show per city (0 for all)
     * @param onlyCity a city to show alone, or empty for all
     */
    public static String render(Comparison comparison, List<Impact> impacts, List<Attribution> attribution, int perCity,
                                Optional<String> onlyCity, String language) {
        CompareText text = new CompareText(comparison, language);
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
        out.append(m.get("compare.header", before, comparison.before().citiesFile(), after, comparison.after().citiesFile(),
                comparison.comparisons().size())).append("\n\n");
        Set<String> groups = new LinkedHashSet<>();
        comparison.comparisons().forEach(c -> {
            c.before().groups().forEach(g -> groups.add(g.id()));
            c.after().groups().forEach(g -> groups.add(g.id()));
        });
        List<String> header = new ArrayList<>(List.of(m.get("col.city"), m.get("col.rank"), "", m.get("col.points"),
                m.get("col.score"), m.get("col.index")));
        groups.forEach(header::add);
        TextTable table = new TextTable(header, List.of(false, true, false, true, true, true));
        for (CityComparison c : comparison.comparisons()) {
            List<String> row = new ArrayList<>(List.of(c.city(),
                    c.before().rank() + " -> " + c.after().rank(), arrow(c.rankMove()),
                    Numbers.plain(c.before().points()) + " -> " + Numbers.plain(c.after().points()),
                    percent(c.before().score()) + " -> " + percent(c.after().score()),
                    m.number(c.before().index(), 1) + " -> " + m.number(c.after().index(), 1)));
            for (String group : groups) {
                row.add(points(c.before(), group) + " -> " + points(c.after(), group));
            }
            table.add(row);
        }
        out.append(table.render());
        out.append(m.get("compare.legend")).append('\n');
        if (!comparison.onlyBefore().isEmpty()) {
            out.append(m.get("compare.onlyIn", before, String.join(", ", comparison.onlyBefore()))).append('\n');
        }
        if (!comparison.onlyAfter().isEmpty()) {
            out.append(m.get("compare.onlyIn", after, String.join(", ", comparison.onlyAfter()))).append('\n');
        }
    }

    private void differences(int perCity, Optional<String> onlyCity) {
        out.append('\n').append(m.get("compare.differences"));
        out.append(perCity > 0 ? " " + m.get("compare.perCity", perCity) : "").append('\n');
        for (CityComparison c : comparison.comparisons()) {
            if (onlyCity.isPresent() && !onlyCity.get().equalsIgnoreCase(c.city())) {
                continue;
            }
            out.append('\n').append(m.get("compare.city", c.city(), c.before().rank(), c.after().rank(),
                    m.plain(c.before().points()), m.plain(c.after().points()),
                    signed(c.after().points().subtract(c.before().points()), 0), m.number(c.before().index(), 2),
                    m.number(c.after().index(), 2))).append('\n');
            List<OutcomeDiff> shown = perCity > 0 && c.differences().size() > perCity
                    ? c.differences().subList(0, perCity) : c.differences();
            TextTable table = new TextTable(List.of("", "", "", "", ""), List.of(false, false, true, false, false));
            shown.forEach(d -> table.add(List.of("  " + m.get("level." + d.level().key()) + " " + d.id(), values(d), effect(d),
                    rules(d), "")));
            out.append(table.body());
            if (shown.size() < c.differences().size()) {
                out.append("  ").append(m.get("compare.more", c.differences().size() - shown.size())).append('\n');
            }
            if (c.differences().isEmpty()) {
                out.append("  ").append(m.get("compare.noDifference")).append('\n');
            }
        }
    }

    private void impacts(List<Impact> impacts) {
        out.append('\n').append(m.get("compare.impacts", before, comparison.before().citiesFile())).append('\n');
        ChangeText words = new ChangeText(m);
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
            out.append("\n  ").append(words.describe(impact.change())).append(" (").append(DiffReport.line(impact.change().before()))
                    .append(" -> ").append(DiffReport.line(impact.change().after())).append(")\n");
            for (Impact.CityMove move : impact.moves()) {
                List<String> parts = new ArrayList<>();
                move.groups().forEach(g -> parts.add(m.get("compare.moveGroup", g.group(), g.pointsBefore(), g.pointsAfter())));
                if (move.pointsBefore().compareTo(move.pointsAfter()) != 0) {
                    parts.add(m.get("compare.moveTotal", m.plain(move.pointsBefore()), m.plain(move.pointsAfter())));
                }
                if (move.rankBefore() != move.rankAfter()) {
                    parts.add(m.get("compare.moveRank", move.rankBefore(), move.rankAfter()));
                }
                out.append("    ").append(move.city()).append(": ").append(String.join(", ", parts)).append('\n');
            }
        }
        out.append('\n').append("  ").append(m.get("compare.quiet", quiet));
        if (!alone.isEmpty()) {
            out.append("; ").append(m.get("compare.alone", alone.size(), String.join(", ", alone)));
        }
        out.append("\n  ").append(m.get("compare.diffHint", before, after)).append('\n');
    }

    private void attribution(List<Attribution> attribution) {
        out.append('\n').append(m.get("compare.attribution", before, after)).append('\n');
        String data = m.get("compare.col.data");
        String standard = m.get("compare.col.standard");
        String interaction = m.get("compare.col.interaction");
        TextTable table = new TextTable(List.of(m.get("col.city"), m.get("compare.col.points"), data, standard, interaction,
                m.get("compare.col.places"), data, standard, interaction),
                List.of(false, true, true, true, true, true, true, true, true));
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
            out.append('\n').append(m.get("notes.title")).append('\n');
            FitNoteText words = new FitNoteText(m);
            comparison.notes().forEach(note -> out.append("  ").append(words.describe(note)).append('\n'));
        }
    }

    private String values(OutcomeDiff d) {
        String text = number(d.before()) + " -> " + number(d.after());
        if (d.pointsBefore() != null || d.pointsAfter() != null) {
            text += ", " + m.get("compare.points", d.pointsBefore() == null ? "-" : d.pointsBefore(),
                    d.pointsAfter() == null ? "-" : d.pointsAfter());
        }
        return text;
    }

    private String effect(OutcomeDiff d) {
        String index = m.get("compare.indexEffect", signed(d.indexEffect(), 2));
        return d.pointsEffect().signum() == 0 ? index : m.get("compare.pointsEffect", signed(d.pointsEffect(), 0), index);
    }

    private String rules(OutcomeDiff d) {
        if (d.ruleBefore() == null) {
            return m.get("compare.ruleOnlyNew", m.ruleName(d.ruleAfter()));
        }
        if (d.ruleAfter() == null) {
            return m.get("compare.ruleOnlyOld", m.ruleName(d.ruleBefore()));
        }
        return d.ruleBefore().equals(d.ruleAfter()) ? m.get("compare.rule", m.ruleName(d.ruleAfter()))
                : m.get("compare.ruleChanged", m.ruleName(d.ruleBefore()), m.ruleName(d.ruleAfter()));
    }

    private String number(BigDecimal value) {
        return value == null ? "-" : m.number(value, 1);
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

    private String signed(BigDecimal value, int decimals) {
        String text = decimals == 0 ? m.plain(value) : m.number(value, decimals);
        return value.signum() > 0 ? "+" + text : text;
    }
}
