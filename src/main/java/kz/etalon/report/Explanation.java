package kz.etalon.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.Location;
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
 * How one city's total came about under a standard of groups and areas, step by step, in the reader's
 * words: value -> percent -> area -> group -> rounded average -> band -> points x factor -> total, each step
 * with the rule that took it and the line of the standard's YAML it read. The web workspace's city page
 * shows it; {@code evaluate --explain} explains a standard of any shape with {@link ExplainReport}, whose
 * {@link Step}s it shares.
 */
public record Explanation(String heading, List<GroupSteps> groups, List<Step> totals) {

    public Explanation {
        groups = List.copyOf(groups);
        totals = List.copyOf(totals);
    }

    /**
     * One step: what it is, what it came to, the reader's name of the rule that took it ({@code null}
     * when no rule did: the ranking) and the YAML line it read.
     */
    public record Step(String label, String value, String rule, Location line) {
    }

    /** An indicator's step: its value as the data gives it and the percent a rule made of it. */
    public record IndicatorStep(String id, String name, String value, boolean missing, String percent, String rule,
                                Location line) {
    }

    /** An area's indicators and their average. */
    public record AreaSteps(String id, String name, List<IndicatorStep> indicators, Step average) {

        public AreaSteps {
            indicators = List.copyOf(indicators);
        }
    }

    /** A group: its heading, its areas, then average, rounding, band and weighting. */
    public record GroupSteps(String id, String name, String heading, Location line, List<AreaSteps> areas, List<Step> steps) {

        public GroupSteps {
            areas = List.copyOf(areas);
            steps = List.copyOf(steps);
        }
    }

    /** The explanation of {@code city}'s result in {@code evaluation}, in {@code language}. */
    public static Explanation of(Evaluation evaluation, CityResult city, String language) {
        return new Builder(evaluation, language).city(city);
    }

    private static final class Builder {

        private final Evaluation evaluation;
        private final Standard standard;
        private final String file;
        private final String language;
        private final Messages m;
        private final IndicatorLabels labels;

        Builder(Evaluation evaluation, String language) {
            this.evaluation = evaluation;
            this.standard = evaluation.standard();
            this.file = String.valueOf(standard.file());
            this.language = language;
            this.m = Messages.of(language);
            this.labels = new IndicatorLabels(m);
        }

        Explanation city(CityResult city) {
            String heading = m.get("explain.header", city.city(), city.rank(), evaluation.cities().size(), standard.id(), file);
            List<GroupSteps> groups = new ArrayList<>();
            List<String> weightedTerms = new ArrayList<>();
            List<String> indexTerms = new ArrayList<>();
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                groups.add(group(group, result, city));
                weightedTerms.add(m.plain(result.weighted()));
                indexTerms.add(m.plain(result.factor()) + " x " + m.number(result.average(), 2));
            }
            BigDecimal factorSum = city.groups().stream().map(GroupResult::factor).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<String> tieBreak = standard.tieBreak().stream()
                    .map(key -> m.has("tieBreak." + key) ? m.get("tieBreak." + key) : key).toList();
            List<Step> totals = List.of(
                    new Step(m.get("col.total"), m.get("explain.totalLine", String.join(" + ", weightedTerms),
                            m.plain(city.points()), m.plain(standard.scoring().maxScore()), m.number(city.score(), 4)),
                            m.ruleName(city.totalRule()), orFile(standard.scoring().maxScoreAt())),
                    new Step(m.get("col.index"), m.get("explain.indexLine", String.join(" + ", indexTerms),
                            m.plain(factorSum), m.number(city.index(), 2)), m.ruleName(city.indexRule()), factorsLine()),
                    new Step(m.get("col.rank"), m.get("explain.rankLine", city.rank(), String.join(", ", tieBreak), file),
                            null, standard.lineOf("ranking.tie_break")));
            return new Explanation(heading, groups, totals);
        }

        private GroupSteps group(Group group, GroupResult result, CityResult city) {
            List<AreaSteps> areas = new ArrayList<>();
            for (String areaId : group.areaIds()) {
                areas.add(area(standard.area(areaId).orElseThrow(), city));
            }
            String mode = "rounding." + standard.scoring().rounding().modeKey();
            List<Step> steps = List.of(
                    new Step(m.get("explain.groupAverage"), m.get("explain.groupAverageValue", m.number(result.average(), 2),
                            result.areasScored()), m.ruleName(result.rules().average()), group.at()),
                    new Step(m.get("explain.rounded"), m.get("explain.roundedValue", m.plain(result.rounded()),
                            m.has(mode) ? m.get(mode) : standard.scoring().rounding().modeKey(),
                            standard.scoring().rounding().decimals()), m.ruleName(result.rules().rounding()),
                            standard.lineOf("scoring.rounding")),
                    new Step(m.get("explain.band"), m.get("explain.bandValue", band(result), result.points(),
                            file + ":" + result.bandLine()), m.ruleName(result.rules().band()),
                            Location.of(standard.file()).atLine(result.bandLine())),
                    new Step(m.get("explain.weighted"), result.points() + " x " + group.factor() + " ("
                            + m.plain(result.factor()) + ") = " + m.plain(result.weighted()),
                            m.ruleName(result.rules().factor()), factorsLine()));
            return new GroupSteps(group.id(), group.name().in(language), m.get("explain.groupHeader",
                    group.name().in(language), group.id(), file + ":" + group.at().line()), group.at(), areas, steps);
        }

        private AreaSteps area(Area area, CityResult city) {
            AreaResult result = city.area(area.id()).orElseThrow();
            List<IndicatorStep> indicators = new ArrayList<>();
            for (Indicator indicator : area.indicators()) {
                IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                        .orElseThrow();
                indicators.add(new IndicatorStep(indicator.id(), indicator.name().in(language),
                        scored.missing() ? m.get("explain.missing") : labels.value(scored.value()), scored.missing(),
                        scored.percent() == null ? m.get("explain.leftOut") : m.number(scored.percent(), 1) + "%",
                        m.ruleName(scored.rule()), indicator.at()));
            }
            Step average = new Step(m.get("col.average"), m.get("explain.areaLine", m.number(result.average(), 2),
                    result.scored(), result.missing()), m.ruleName(result.rule()), area.at());
            return new AreaSteps(area.id(), area.name().in(language), indicators, average);
        }

        private String band(GroupResult result) {
            return standard.scoring().bands().stream()
                    .filter(band -> band.at().line() == result.bandLine())
                    .findFirst()
                    .map(band -> m.get("explain.bandRange", m.plain(band.min()), m.plain(band.max())))
                    .orElse(m.get("explain.band"));
        }

        private Location factorsLine() {
            return orFile(standard.scoring().factorsAt());
        }

        private Location orFile(Location line) {
            return line == null ? Location.of(standard.file()) : line;
        }
    }
}
