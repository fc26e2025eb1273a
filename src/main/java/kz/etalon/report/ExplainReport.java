package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Area;

import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;

/**
 * How one city's total came about: value -> percent -> area -> group -> rounded average -> band ->
 * points x factor -> total, with the rule that took each step and the YAML line it read.
 */
public final class ExplainReport {

    private ExplainReport() {
    }

    public static String render(Evaluation evaluation, CityResult city, String language) {
        Standard standard = evaluation.standard();
        String file = String.valueOf(standard.file());
        StringBuilder out = new StringBuilder();
        out.append(city.city()).append(": rank ").append(city.rank()).append(" of ").append(evaluation.cities().size())
                .append(" under ").append(standard.id()).append(" (").append(file).append(")\n");
        List<String> weightedTerms = new ArrayList<>();
        List<String> indexTerms = new ArrayList<>();
        for (Group group : standard.groups()) {
            GroupResult result = city.group(group.id()).orElseThrow();
            String factorName = group.factor();
            out.append('\n').append(group.name().in(language)).append(" (group ").append(group.id()).append(", ")
                    .append(file).append(':').append(group.at().line()).append(")\n");
            for (String areaId : group.areaIds()) {
                Area area = standard.area(areaId).orElseThrow();
                area(out, standard, area, city, language);
            }
            TextTable steps = new TextTable(List.of("", "", ""), List.of(false, false, false));
            steps.add(List.of("  group average", Numbers.fixed(result.average(), 2) + " over " + result.areasScored()
                    + " area(s)", rule(result.rules().average())));
            steps.add(List.of("  rounded", Numbers.plain(result.rounded()) + " (" + standard.scoring().rounding().modeKey()
                    + ", " + standard.scoring().rounding().decimals() + " decimals)", rule(result.rules().rounding())));
            steps.add(List.of("  band", band(standard, result) + " -> " + result.points() + " points (" + file + ":"
                    + result.bandLine() + ")", rule(result.rules().band())));
            steps.add(List.of("  weighted", result.points() + " x " + factorName + " (" + Numbers.plain(result.factor())
                    + ") = " + Numbers.plain(result.weighted()), rule(result.rules().factor())));
            out.append(steps.body());
            weightedTerms.add(Numbers.plain(result.weighted()));
            indexTerms.add(Numbers.plain(result.factor()) + " x " + Numbers.fixed(result.average(), 2));
        }
        BigDecimal factorSum = city.groups().stream().map(GroupResult::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.append("\nTotal: ").append(String.join(" + ", weightedTerms)).append(" = ").append(Numbers.plain(city.points()))
                .append(" points; score ").append(Numbers.plain(city.points())).append(" / ")
                .append(Numbers.plain(standard.scoring().maxScore())).append(" = ").append(Numbers.fixed(city.score(), 4))
                .append("  ").append(rule(city.totalRule())).append('\n');
        out.append("Index: (").append(String.join(" + ", indexTerms)).append(") / ").append(Numbers.plain(factorSum))
                .append(" = ").append(Numbers.fixed(city.index(), 2)).append("  ").append(rule(city.indexRule())).append('\n');
        out.append("Rank ").append(city.rank()).append(": by score, then ").append(String.join(", ", standard.tieBreak()))
                .append(" (").append(file).append(", ranking.tie_break)\n");
        return out.toString();
    }

    private static void area(StringBuilder out, Standard standard, Area area, CityResult city, String language) {
        String file = String.valueOf(standard.file());
        AreaResult result = city.area(area.id()).orElseThrow();
        out.append("  ").append(area.name().in(language)).append(" (").append(area.id()).append(")\n");
        TextTable rows = new TextTable(List.of("", "", "", "", "", ""), List.of(false, false, true, true, false, false));
        for (Indicator indicator : area.indicators()) {
            IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                    .orElseThrow();
            rows.add(List.of("    " + indicator.id(), shorten(indicator.name().in(language), 48),
                    scored.missing() ? "(missing)" : scored.value(),
                    scored.percent() == null ? "left out" : Numbers.fixed(scored.percent(), 1) + "%",
                    rule(scored.rule()), file + ":" + indicator.at().line()));
        }
        out.append(rows.body());
        out.append("    area average ").append(Numbers.fixed(result.average(), 2)).append(" over ").append(result.scored())
                .append(" indicator(s), ").append(result.missing()).append(" missing  ").append(rule(result.rule()))
                .append('\n');
    }

    private static String band(Standard standard, GroupResult result) {
        return standard.scoring().bands().stream()
                .filter(band -> band.at().line() == result.bandLine())
                .findFirst()
                .map(band -> "band " + Numbers.plain(band.min()) + ".." + Numbers.plain(band.max()))
                .orElse("band");
    }

    private static String rule(String name) {
        return "rule \"" + name + "\"";
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

}
