package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
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

    private final Evaluation evaluation;
    private final Standard standard;
    private final String file;
    private final String language;
    private final Messages m;
    private final IndicatorLabels labels;
    private final StringBuilder out = new StringBuilder();

    private ExplainReport(Evaluation evaluation, String language) {
        this.evaluation = evaluation;
        this.standard = evaluation.standard();
        this.file = String.valueOf(standard.file());
        this.language = language;
        this.m = Messages.of(language);
        this.labels = new IndicatorLabels(m);
    }

    public static String render(Evaluation evaluation, CityResult city, String language) {
        ExplainReport report = new ExplainReport(evaluation, language);
        report.city(city);
        return report.out.toString();
    }

    private void city(CityResult city) {
        out.append(m.get("explain.header", city.city(), city.rank(), evaluation.cities().size(), standard.id(), file))
                .append('\n');
        List<String> weightedTerms = new ArrayList<>();
        List<String> indexTerms = new ArrayList<>();
        for (Group group : standard.groups()) {
            GroupResult result = city.group(group.id()).orElseThrow();
            out.append('\n').append(m.get("explain.groupHeader", group.name().in(language), group.id(),
                    file + ":" + group.at().line())).append('\n');
            for (String areaId : group.areaIds()) {
                area(standard.area(areaId).orElseThrow(), city);
            }
            String mode = "rounding." + standard.scoring().rounding().modeKey();
            TextTable steps = new TextTable(List.of("", "", ""), List.of(false, false, false));
            steps.add(List.of("  " + m.get("explain.groupAverage"), m.get("explain.groupAverageValue",
                    m.number(result.average(), 2), result.areasScored()), rule(result.rules().average())));
            steps.add(List.of("  " + m.get("explain.rounded"), m.get("explain.roundedValue", m.plain(result.rounded()),
                    m.has(mode) ? m.get(mode) : standard.scoring().rounding().modeKey(),
                    standard.scoring().rounding().decimals()), rule(result.rules().rounding())));
            steps.add(List.of("  " + m.get("explain.band"), m.get("explain.bandValue", band(result), result.points(),
                    file + ":" + result.bandLine()), rule(result.rules().band())));
            steps.add(List.of("  " + m.get("explain.weighted"), result.points() + " x " + group.factor() + " ("
                    + m.plain(result.factor()) + ") = " + m.plain(result.weighted()), rule(result.rules().factor())));
            out.append(steps.body());
            weightedTerms.add(m.plain(result.weighted()));
            indexTerms.add(m.plain(result.factor()) + " x " + m.number(result.average(), 2));
        }
        BigDecimal factorSum = city.groups().stream().map(GroupResult::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.append('\n').append(m.get("explain.totalLine", String.join(" + ", weightedTerms), m.plain(city.points()),
                m.plain(standard.scoring().maxScore()), m.number(city.score(), 4))).append("  ")
                .append(rule(city.totalRule())).append('\n');
        out.append(m.get("explain.indexLine", String.join(" + ", indexTerms), m.plain(factorSum), m.number(city.index(), 2)))
                .append("  ").append(rule(city.indexRule())).append('\n');
        List<String> tieBreak = standard.tieBreak().stream()
                .map(key -> m.has("tieBreak." + key) ? m.get("tieBreak." + key) : key).toList();
        out.append(m.get("explain.rankLine", city.rank(), String.join(", ", tieBreak), file)).append('\n');
    }

    private void area(Area area, CityResult city) {
        AreaResult result = city.area(area.id()).orElseThrow();
        out.append("  ").append(area.name().in(language)).append(" (").append(area.id()).append(")\n");
        TextTable rows = new TextTable(List.of("", "", "", "", "", ""), List.of(false, false, true, true, false, false));
        for (Indicator indicator : area.indicators()) {
            IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                    .orElseThrow();
            rows.add(List.of("    " + indicator.id(), shorten(indicator.name().in(language), 48),
                    scored.missing() ? "(" + m.get("explain.missing") + ")" : labels.value(scored.value()),
                    scored.percent() == null ? m.get("explain.leftOut") : m.number(scored.percent(), 1) + "%",
                    rule(scored.rule()), file + ":" + indicator.at().line()));
        }
        out.append(rows.body());
        out.append("    ").append(m.get("explain.areaLine", m.number(result.average(), 2), result.scored(), result.missing()))
                .append("  ").append(rule(result.rule())).append('\n');
    }

    private String band(GroupResult result) {
        return standard.scoring().bands().stream()
                .filter(band -> band.at().line() == result.bandLine())
                .findFirst()
                .map(band -> m.get("explain.bandRange", m.plain(band.min()), m.plain(band.max())))
                .orElse(m.get("explain.band"));
    }

    private String rule(String name) {
        return m.get("explain.rule", m.ruleName(name));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
