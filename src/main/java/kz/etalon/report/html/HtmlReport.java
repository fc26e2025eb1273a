package kz.etalon.report.html;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import kz.etalon.analysis.Attribution;
import kz.etalon.analysis.CityComparison;
import kz.etalon.analysis.Comparison;
import kz.etalon.analysis.Impact;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.GroupResult;
import kz.etalon.result.IndicatorResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The evaluation as one self-contained HTML file for people who read results in meetings: the ranking
 * (the paper's figure 1), the mean of each area (figure 2), each area city by city (figure 3), a heat map
 * of cities by areas, a card per city (radar chart, strongest and weakest areas, points per group, the
 * whole explanation), and with two standards or two data years the comparison. Charts are inline SVG; the
 * file makes no network request, runs no script, and prints on A4. Same inputs, same bytes.
 */
public final class HtmlReport {

    /** A comparison to show beside the evaluation (the later one is the main evaluation). */
    public record ComparisonPart(Comparison comparison, List<Impact> impacts, List<Attribution> attribution) {

        public ComparisonPart {
            impacts = List.copyOf(impacts);
            attribution = List.copyOf(attribution);
        }
    }

    private static final int WIDTH = 760;
    private static final Color[] BAND_COLOURS = {new Color(0xf8b4b4), new Color(0xfbd38d), new Color(0xfaf089),
            new Color(0xc6f6d5), new Color(0x68d391)};

    private final Evaluation evaluation;
    private final Standard standard;
    private final ComparisonPart comparison;
    private final Messages m;
    private final String lang;
    private final StringBuilder out = new StringBuilder();
    private final SvgStyles svgStyles = new SvgStyles();
    private final Map<String, BigDecimal> areaMeans = new TreeMap<>();

    private HtmlReport(Evaluation evaluation, ComparisonPart comparison, String language) {
        this.evaluation = evaluation;
        this.standard = evaluation.standard();
        this.comparison = comparison;
        this.m = Messages.of(language);
        this.lang = language;
        for (Area area : standard.areas()) {
            areaMeans.put(area.id(), mean(evaluation.cities().stream()
                    .map(city -> city.area(area.id()).map(AreaResult::average).orElse(null)).toList()));
        }
    }

    /**
     * @param comparison null for an evaluation alone
     * @param language en, ru or kk: every label, and the names the standard gives in that language
     */
    public static String render(Evaluation evaluation, ComparisonPart comparison, String language) {
        HtmlReport report = new HtmlReport(evaluation, comparison, language);
        report.document();
        return report.out.toString();
    }

    private void document() {
        body();
        String body = out.toString();
        out.setLength(0);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Etalon\">\n")
                .append("<title>").append(esc(m.get("report.title")) ).append(" — ").append(esc(standard.id()))
                .append("</title>\n<style>\n").append(Style.CSS).append(svgStyles.css()).append("</style>\n</head>\n<body>\n")
                .append(body).append("</body>\n</html>\n");
    }

    private void body() {
        header();
        contents();
        ranking();
        areas();
        perArea();
        heatMap();
        if (comparison != null) {
            comparison();
        }
        cards();
        notes();
        out.append("<footer>").append(esc(m.get("report.footer", standard.file(), evaluation.citiesFile())))
                .append("</footer>\n");
    }

    private void header() {
        out.append("<header>\n<p class=\"kicker\">").append(esc(m.get("report.title"))).append("</p>\n<h1>")
                .append(esc(standard.title().in(lang))).append("</h1>\n<p class=\"meta\">")
                .append(esc(m.get("report.subtitle", standard.id(), evaluation.citiesFile(), evaluation.cities().size())))
                .append("</p>\n");
        if (comparison != null) {
            Comparison c = comparison.comparison();
            out.append("<p class=\"meta\">").append(esc(m.get("report.comparing", c.before().standard().id(),
                    c.before().citiesFile(), c.after().standard().id(), c.after().citiesFile()))).append("</p>\n");
        }
        out.append("<p class=\"howto\">").append(esc(m.get("report.howto", plain(standard.scoring().maxScore()))))
                .append("</p>\n</header>\n");
    }

    private void contents() {
        out.append("<nav><h2>").append(esc(m.get("report.contents"))).append("</h2><ol>");
        link("ranking", m.get("ranking.title"));
        link("areas", m.get("areas.title"));
        link("per-area", m.get("perArea.title"));
        link("heatmap", m.get("heatmap.title"));
        if (comparison != null) {
            link("comparison", m.get("comparison.title"));
        }
        out.append("<li><a href=\"#cities\">").append(esc(m.get("cards.title"))).append("</a><ul class=\"cities\">");
        for (CityResult city : evaluation.cities()) {
            out.append("<li><a href=\"#").append(anchor(city.city())).append("\">").append(esc(city.city())).append("</a></li>");
        }
        out.append("</ul></li>");
        link("notes", m.get("notes.title"));
        out.append("</ol></nav>\n");
    }

    private void link(String id, String title) {
        out.append("<li><a href=\"#").append(id).append("\">").append(esc(title)).append("</a></li>");
    }

    // Figure 1: the ranking, score and index of every city

    private void ranking() {
        section("ranking", m.get("ranking.title"));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String score = m.get("ranking.score");
        String index = m.get("ranking.index");
        for (CityResult city : evaluation.cities()) {
            String label = city.rank() + ". " + city.city();
            data.addValue(city.score().movePointRight(2), score, label);
            data.addValue(city.index(), index, label);
        }
        int height = 70 + evaluation.cities().size() * 34;
        figure("ranking", evaluation.cities().size(), Charts.svg(Charts.bars(data, true, m.get("ranking.axis"),
                standard.scoring().scale().doubleValue(), Charts.format("0.#", lang), true,
                List.of(Charts.BLUE, Charts.TEAL)), "chart-ranking", WIDTH, height), m.get("ranking.caption"));
        rankingTable();
        out.append("</section>\n");
    }

    private void rankingTable() {
        out.append("<table class=\"numbers\">\n<thead><tr><th>").append(esc(m.get("col.rank"))).append("</th><th>")
                .append(esc(m.get("col.city"))).append("</th><th>").append(esc(m.get("col.score"))).append("</th><th>")
                .append(esc(m.get("col.points"))).append("</th><th>").append(esc(m.get("col.index"))).append("</th>");
        for (Group group : standard.groups()) {
            out.append("<th>").append(esc(group.name().in(lang))).append(" <span class=\"dim\">×")
                    .append(plain(factor(group))).append("</span></th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CityResult city : evaluation.cities()) {
            out.append("<tr data-city=\"").append(esc(city.city())).append("\"><td>").append(city.rank()).append("</td><td class=\"name\"><a href=\"#")
                    .append(anchor(city.city())).append("\">").append(esc(city.city())).append("</a></td><td>")
                    .append(percent(city.score())).append("</td><td>").append(plain(city.points())).append('/')
                    .append(plain(standard.scoring().maxScore())).append("</td><td>").append(m.number(city.index(), 1))
                    .append("</td>");
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                out.append("<td>").append(m.number(result.average(), 1)).append(" → <b>").append(result.points())
                        .append("</b></td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"note\">").append(esc(m.get("ranking.tableNote"))).append("</p>\n");
    }

    // Figure 2: the mean of each area over all cities

    private void areas() {
        section("areas", m.get("areas.title"));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = m.get("areas.series");
        standard.areas().stream()
                .sorted(Comparator.comparing((Area a) -> areaMeans.get(a.id()), Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(area -> data.addValue(areaMeans.get(area.id()), series, area.name().in(lang)));
        figure("areas", standard.areas().size(), Charts.svg(Charts.bars(data, true, m.get("areas.axis"),
                standard.scoring().scale().doubleValue(), Charts.format("0.0", lang), false, List.of(Charts.BLUE)),
                "chart-areas", WIDTH, 50 + standard.areas().size() * 30), m.get("areas.caption", evaluation.cities().size()));
        out.append("</section>\n");
    }

    // Figure 3: each area, all cities side by side

    private void perArea() {
        section("per-area", m.get("perArea.title"));
        out.append("<p>").append(esc(m.get("perArea.intro"))).append("</p>\n<div class=\"area-grid\">\n");
        for (Group group : standard.groups()) {
            for (String areaId : group.areaIds()) {
                Area area = standard.area(areaId).orElseThrow();
                DefaultCategoryDataset data = new DefaultCategoryDataset();
                String series = area.name().in(lang);
                evaluation.cities().stream()
                        .sorted(Comparator.comparing((CityResult c) -> c.area(areaId).map(AreaResult::average).orElse(null),
                                Comparator.nullsLast(Comparator.reverseOrder())))
                        .forEach(city -> data.addValue(city.area(areaId).map(AreaResult::average).orElse(null), series, city.city()));
                out.append("<div class=\"area-chart\" id=\"area-").append(anchor(areaId)).append("\"><h3>")
                        .append(esc(area.name().in(lang))).append(" <span class=\"dim\">").append(esc(areaId)).append(" · ")
                        .append(esc(group.name().in(lang))).append(" · ").append(esc(m.get("perArea.mean", m.number(areaMeans.get(areaId), 1))))
                        .append("</span></h3>\n");
                figure("area", evaluation.cities().size(), Charts.svg(Charts.bars(data, true, m.get("areas.axis"),
                        standard.scoring().scale().doubleValue(), Charts.format("0", lang), false, List.of(Charts.TEAL)),
                        "chart-area-" + anchor(areaId), WIDTH / 2, 50 + evaluation.cities().size() * 17), null,
                        "data-area=\"" + esc(areaId) + "\"");
                out.append("</div>\n");
            }
        }
        out.append("</div>\n</section>\n");
    }

    // Heat map: cities by areas, coloured by the band an average falls in

    private void heatMap() {
        section("heatmap", m.get("heatmap.title"));
        out.append("<p>").append(esc(m.get("heatmap.intro"))).append("</p>\n");
        out.append("<div class=\"scroll\"><table class=\"heatmap\" data-chart=\"heatmap\">\n<thead><tr><th>")
                .append(esc(m.get("col.city"))).append("</th>");
        for (Group group : standard.groups()) {
            for (String areaId : group.areaIds()) {
                Area area = standard.area(areaId).orElseThrow();
                out.append("<th title=\"").append(esc(area.name().in(lang))).append("\"><span>").append(esc(shortName(area, 28)))
                        .append("</span></th>");
            }
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CityResult city : evaluation.cities()) {
            out.append("<tr><th><a href=\"#").append(anchor(city.city())).append("\">").append(esc(city.city())).append("</a></th>");
            for (Group group : standard.groups()) {
                for (String areaId : group.areaIds()) {
                    BigDecimal value = city.area(areaId).map(AreaResult::average).orElse(null);
                    cell(value);
                }
            }
            out.append("</tr>\n");
        }
        out.append("<tr class=\"mean\"><th>").append(esc(m.get("heatmap.mean"))).append("</th>");
        for (Group group : standard.groups()) {
            for (String areaId : group.areaIds()) {
                cell(areaMeans.get(areaId));
            }
        }
        out.append("</tr>\n</tbody></table></div>\n<p class=\"legend\">");
        for (Band band : standard.scoring().bandsInOrder()) {
            out.append("<span class=\"swatch\" style=\"background:").append(hex(bandColour(band.points()))).append("\"></span>")
                    .append(esc(plain(band.min()) + "–" + plain(band.max()) + " → " + m.get("heatmap.points", band.points())))
                    .append(' ');
        }
        out.append("</p>\n</section>\n");
    }

    private void cell(BigDecimal value) {
        if (value == null) {
            out.append("<td class=\"none\">–</td>");
            return;
        }
        out.append("<td style=\"background:").append(hex(bandColour(bandPoints(value)))).append("\">")
                .append(m.number(value, 0)).append("</td>");
    }

    // The comparison of two standards or two data years

    private void comparison() {
        Comparison c = comparison.comparison();
        String before = c.before().standard().id();
        String after = c.after().standard().id();
        section("comparison", m.get("comparison.title"));
        out.append("<p>").append(esc(m.get("comparison.intro", before, c.before().citiesFile(), after, c.after().citiesFile(),
                c.comparisons().size()))).append("</p>\n");
        DefaultCategoryDataset moves = new DefaultCategoryDataset();
        String up = m.get("comparison.up");
        String down = m.get("comparison.down");
        for (CityComparison city : c.comparisons()) {
            moves.addValue(Math.max(0, city.rankMove()), up, city.city());
            moves.addValue(Math.min(0, city.rankMove()), down, city.city());
        }
        figure("movement", c.comparisons().size(), Charts.svg(Charts.stacked(moves, m.get("comparison.placesAxis"),
                Charts.format("0", lang), List.of(Charts.GREEN, Charts.RED)), "chart-movement", WIDTH,
                90 + c.comparisons().size() * 24),
                m.get("comparison.movementCaption"));
        movementTable(c);
        if (!comparison.attribution().isEmpty()) {
            attribution(before, after);
        }
        if (!before.equals(after)) {  // one standard and two data years: no change of the standard to show
            impacts(before, c);
        }
        out.append("</section>\n");
    }

    private void movementTable(Comparison c) {
        Set<String> groups = new LinkedHashSet<>();
        c.comparisons().forEach(city -> {
            city.before().groups().forEach(g -> groups.add(g.id()));
            city.after().groups().forEach(g -> groups.add(g.id()));
        });
        out.append("<table class=\"numbers movement\">\n<thead><tr><th>").append(esc(m.get("col.city"))).append("</th><th>")
                .append(esc(m.get("col.rank"))).append("</th><th></th><th>").append(esc(m.get("col.points"))).append("</th><th>")
                .append(esc(m.get("col.score"))).append("</th><th>").append(esc(m.get("col.index"))).append("</th>");
        for (String group : groups) {
            out.append("<th>").append(esc(groupName(group))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (CityComparison city : c.comparisons()) {
            int move = city.rankMove();
            out.append("<tr><td class=\"name\">").append(esc(city.city())).append("</td><td>").append(city.before().rank())
                    .append(" → ").append(city.after().rank()).append("</td><td class=\"")
                    .append(move > 0 ? "up" : move < 0 ? "down" : "same").append("\">")
                    .append(move > 0 ? "▲" + move : move < 0 ? "▼" + (-move) : "=").append("</td><td>")
                    .append(plain(city.before().points())).append(" → ").append(plain(city.after().points())).append("</td><td>")
                    .append(percent(city.before().score())).append(" → ").append(percent(city.after().score())).append("</td><td>")
                    .append(m.number(city.before().index(), 1)).append(" → ").append(m.number(city.after().index(), 1)).append("</td>");
            for (String group : groups) {
                out.append("<td>").append(groupPoints(city.before(), group)).append(" → ").append(groupPoints(city.after(), group))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n<p class=\"note\">").append(esc(m.get("comparison.movementNote"))).append("</p>\n");
        if (!c.onlyBefore().isEmpty()) {
            out.append("<p class=\"note\">").append(esc(m.get("comparison.onlyBefore", String.join(", ", c.onlyBefore())))).append("</p>\n");
        }
        if (!c.onlyAfter().isEmpty()) {
            out.append("<p class=\"note\">").append(esc(m.get("comparison.onlyAfter", String.join(", ", c.onlyAfter())))).append("</p>\n");
        }
    }

    private void attribution(String before, String after) {
        out.append("<h3>").append(esc(m.get("attribution.title"))).append("</h3>\n<p>")
                .append(esc(m.get("attribution.intro", before, after))).append("</p>\n");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String dataEffect = m.get("attribution.data");
        String standardEffect = m.get("attribution.standard");
        String interaction = m.get("attribution.interaction");
        for (Attribution a : comparison.attribution()) {
            Attribution.Split p = a.points();
            data.addValue(p.data(), dataEffect, a.city());
            data.addValue(p.standard(), standardEffect, a.city());
            data.addValue(p.interaction(), interaction, a.city());
        }
        figure("attribution", comparison.attribution().size(), Charts.svg(Charts.stacked(data, m.get("attribution.axis"),
                Charts.format("0", lang), List.of(Charts.BLUE, Charts.ORANGE, Charts.GREY)), "chart-attribution", WIDTH,
                90 + comparison.attribution().size() * 24), m.get("attribution.caption"));
        out.append("<table class=\"numbers\">\n<thead><tr><th rowspan=\"2\">").append(esc(m.get("col.city")))
                .append("</th><th colspan=\"4\">").append(esc(m.get("col.points"))).append("</th><th colspan=\"4\">")
                .append(esc(m.get("attribution.places"))).append("</th></tr><tr>");
        for (int i = 0; i < 2; i++) {
            out.append("<th>").append(esc(m.get("attribution.total"))).append("</th><th>").append(esc(dataEffect))
                    .append("</th><th>").append(esc(standardEffect)).append("</th><th>").append(esc(interaction)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Attribution a : comparison.attribution()) {
            out.append("<tr><td class=\"name\">").append(esc(a.city())).append("</td>");
            for (Attribution.Split split : List.of(a.points(), a.places())) {
                for (BigDecimal value : List.of(split.total(), split.data(), split.standard(), split.interaction())) {
                    out.append("<td class=\"").append(value.signum() > 0 ? "up" : value.signum() < 0 ? "down" : "same")
                            .append("\">").append(Messages.signed(value)).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void impacts(String before, Comparison c) {
        out.append("<h3>").append(esc(m.get("impacts.title"))).append("</h3>\n<p>")
                .append(esc(m.get("impacts.intro", before, c.before().citiesFile()))).append("</p>\n");
        int quiet = 0;
        int moving = 0;
        for (Impact impact : comparison.impacts()) {
            if (!impact.applicable() || impact.moves().isEmpty()) {
                quiet++;
                continue;
            }
            moving++;
            out.append("<div class=\"impact\"><p><b>").append(esc(m.has("change." + impact.change().kind().key()) ? m.get("change." + impact.change().kind().key())
                            : impact.change().kind().key()))
                    .append(":</b> ").append(esc(impact.change().description())).append(" <span class=\"dim\">")
                    .append(esc(line(impact.change().before()) + " → " + line(impact.change().after()))).append("</span></p><ul>");
            for (Impact.CityMove move : impact.moves()) {
                List<String> parts = new ArrayList<>();
                move.groups().forEach(g -> parts.add(m.get("impacts.group", groupName(g.group()), g.pointsBefore(), g.pointsAfter())));
                if (move.pointsBefore().compareTo(move.pointsAfter()) != 0) {
                    parts.add(m.get("impacts.total", plain(move.pointsBefore()), plain(move.pointsAfter())));
                }
                if (move.rankBefore() != move.rankAfter()) {
                    parts.add(m.get("impacts.rank", move.rankBefore(), move.rankAfter()));
                }
                out.append("<li>").append(esc(move.city())).append(": ").append(esc(String.join(", ", parts))).append("</li>");
            }
            out.append("</ul></div>\n");
        }
        if (moving == 0) {
            out.append("<p>").append(esc(m.get("impacts.none"))).append("</p>\n");
        }
        out.append("<p class=\"note\">").append(esc(m.get("impacts.quiet", quiet, before, c.after().standard().id())))
                .append("</p>\n");
    }

    // A card per city

    private void cards() {
        section("cities", m.get("cards.title"));
        out.append("<p>").append(esc(m.get("cards.intro"))).append("</p>\n");
        for (CityResult city : evaluation.cities()) {
            card(city);
        }
        out.append("</section>\n");
    }

    private void card(CityResult city) {
        out.append("<article class=\"card\" id=\"").append(anchor(city.city())).append("\" data-city=\"")
                .append(esc(city.city())).append("\">\n<h3>").append(esc(city.city())).append(" <span class=\"rank\">")
                .append(esc(m.get("cards.rank", city.rank(), evaluation.cities().size()))).append("</span></h3>\n")
                .append("<p class=\"totals\">").append(esc(m.get("cards.totals", plain(city.points()),
                        plain(standard.scoring().maxScore()), percent(city.score()), m.number(city.index(), 1))))
                .append("</p>\n<div class=\"card-grid\">\n");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String citySeries = city.city();
        String meanSeries = m.get("cards.allCities");
        for (Group group : standard.groups()) {
            for (String areaId : group.areaIds()) {
                String label = shortName(standard.area(areaId).orElseThrow(), 15);
                data.addValue(city.area(areaId).map(AreaResult::average).orElse(BigDecimal.ZERO), citySeries, label);
                data.addValue(areaMeans.get(areaId) == null ? BigDecimal.ZERO : areaMeans.get(areaId), meanSeries, label);
            }
        }
        figure("radar", standard.areas().size(), Charts.svg(Charts.radar(data, standard.scoring().scale().doubleValue(),
                List.of(Charts.BLUE, Charts.GREY)), "chart-radar-" + anchor(city.city()), 480, 400), null);
        out.append("<div>\n");
        strongWeak(city);
        groupTable(city);
        out.append("</div>\n</div>\n");
        explanation(city);
        out.append("</article>\n");
    }

    private void strongWeak(CityResult city) {
        List<AreaResult> scored = city.areas().stream().filter(a -> a.average() != null)
                .sorted(Comparator.comparing(AreaResult::average).reversed().thenComparing(AreaResult::id)).toList();
        int n = Math.min(3, scored.size() / 2);
        out.append("<div class=\"strong-weak\"><div><h4>").append(esc(m.get("cards.strongest"))).append("</h4><ol>");
        scored.subList(0, n).forEach(this::areaItem);
        out.append("</ol></div><div><h4>").append(esc(m.get("cards.weakest"))).append("</h4><ol>");
        for (int i = scored.size() - 1; i >= scored.size() - n; i--) {
            areaItem(scored.get(i));
        }
        out.append("</ol></div></div>\n");
    }

    private void areaItem(AreaResult area) {
        BigDecimal mean = areaMeans.get(area.id());
        out.append("<li>").append(esc(areaName(area.id()))).append(" <b>").append(m.number(area.average(), 1)).append("</b>");
        if (mean != null) {
            out.append(" <span class=\"dim\">(").append(esc(m.get("cards.vsMean", m.number(mean, 1)))).append(")</span>");
        }
        out.append("</li>");
    }

    private void groupTable(CityResult city) {
        out.append("<table class=\"numbers groups\">\n<thead><tr><th>").append(esc(m.get("col.group"))).append("</th><th>")
                .append(esc(m.get("col.average"))).append("</th><th>").append(esc(m.get("col.band"))).append("</th><th>")
                .append(esc(m.get("col.weighted"))).append("</th></tr></thead>\n<tbody>\n");
        for (Group group : standard.groups()) {
            GroupResult result = city.group(group.id()).orElseThrow();
            out.append("<tr><td class=\"name\">").append(esc(group.name().in(lang))).append("</td><td>")
                    .append(m.number(result.average(), 1)).append("</td><td>").append(points(result.points())).append("</td><td>")
                    .append(result.points()).append(" × ").append(plain(result.factor())).append(" = <b>")
                    .append(plain(result.weighted())).append("</b></td></tr>\n");
        }
        out.append("<tr class=\"total\"><td class=\"name\">").append(esc(m.get("col.total"))).append("</td><td></td><td></td><td><b>")
                .append(plain(city.points())).append('/').append(plain(standard.scoring().maxScore())).append("</b></td></tr>\n")
                .append("</tbody></table>\n");
    }

    private String points(int points) {
        int top = standard.scoring().topPoints();
        return "<span class=\"dots\" title=\"" + points + "/" + top + "\">" + "●".repeat(Math.max(0, points))
                + "<span class=\"off\">" + "●".repeat(Math.max(0, top - points)) + "</span></span> " + points;
    }

    /** The whole chain: indicator value -> percent -> area average -> group average -> band -> points -> total. */
    private void explanation(CityResult city) {
        out.append("<details><summary>").append(esc(m.get("explain.summary"))).append("</summary>\n")
                .append("<table class=\"explain\">\n<thead><tr><th>").append(esc(m.get("col.indicator"))).append("</th><th>")
                .append(esc(m.get("col.method"))).append("</th><th>").append(esc(m.get("col.value"))).append("</th><th>")
                .append(esc(m.get("col.percent"))).append("</th></tr></thead>\n");
        for (Group group : standard.groups()) {
            GroupResult result = city.group(group.id()).orElseThrow();
            out.append("<tbody>\n");
            for (String areaId : group.areaIds()) {
                Area area = standard.area(areaId).orElseThrow();
                AreaResult areaResult = city.area(areaId).orElseThrow();
                out.append("<tr class=\"area\"><th colspan=\"4\">").append(esc(area.name().in(lang))).append("</th></tr>\n");
                for (Indicator indicator : area.indicators()) {
                    IndicatorResult scored = city.indicators().stream().filter(i -> i.id().equals(indicator.id())).findFirst()
                            .orElse(null);
                    out.append("<tr><td><span class=\"id\">").append(esc(indicator.id())).append("</span> ")
                            .append(esc(indicator.name().in(lang))).append("</td><td>").append(esc(method(indicator)))
                            .append("</td><td>");
                    if (scored == null || scored.missing()) {
                        out.append("<span class=\"missing\">").append(esc(m.get("explain.missing"))).append("</span>");
                    } else {
                        out.append(esc(scored.value()));
                    }
                    out.append("</td><td>").append(scored == null || scored.percent() == null ? esc(m.get("explain.leftOut"))
                            : m.number(scored.percent(), 1)).append("</td></tr>\n");
                }
                out.append("<tr class=\"sum\"><td colspan=\"3\">").append(esc(m.get("explain.area", area.name().in(lang),
                        areaResult.scored(), areaResult.missing()))).append("</td><td>").append(m.number(areaResult.average(), 1))
                        .append("</td></tr>\n");
            }
            out.append("<tr class=\"group\"><td colspan=\"3\">").append(esc(m.get("explain.group", group.name().in(lang),
                    result.areasScored(), m.number(result.rounded(), standard.scoring().rounding().decimals()),
                    result.points(), plain(result.factor()), plain(result.weighted())))).append("</td><td>")
                    .append(m.number(result.average(), 2)).append("</td></tr>\n</tbody>\n");
        }
        List<String> terms = city.groups().stream().map(g -> plain(g.weighted())).toList();
        out.append("<tfoot><tr class=\"total\"><td colspan=\"4\">").append(esc(m.get("explain.total", String.join(" + ", terms),
                plain(city.points()), plain(standard.scoring().maxScore()), percent(city.score()), m.number(city.index(), 2))))
                .append("</td></tr></tfoot>\n</table>\n</details>\n");
    }

    private void notes() {
        section("notes", m.get("notes.title"));
        out.append("<ul>\n");
        long missing = evaluation.cities().stream().flatMap(c -> c.indicators().stream()).filter(IndicatorResult::missing).count();
        out.append("<li>").append(esc(m.get("notes.missing", missing, standard.scoring().missing().key()))).append("</li>\n");
        out.append("<li>").append(esc(m.get("notes.score", plain(standard.scoring().maxScore())))).append("</li>\n");
        out.append("<li>").append(esc(m.get("notes.bands"))).append(' ');
        List<String> bands = standard.scoring().bandsInOrder().stream()
                .map(b -> plain(b.min()) + "–" + plain(b.max()) + " → " + b.points()).toList();
        out.append(esc(String.join(", ", bands))).append("</li>\n");
        out.append("<li>").append(esc(m.get("notes.source", standard.source()))).append("</li>\n");
        if (comparison != null) {
            for (String note : comparison.comparison().notes()) {
                out.append("<li>").append(esc(note)).append("</li>\n");
            }
        }
        out.append("</ul>\n</section>\n");
    }

    // Helpers

    private void section(String id, String title) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n");
    }

    private void figure(String chart, int items, String svg, String caption, String... attributes) {
        out.append("<figure data-chart=\"").append(chart).append("\" data-items=\"").append(items).append('"');
        for (String attribute : attributes) {
            out.append(' ').append(attribute);
        }
        out.append(">\n").append(svgStyles.compact(svg)).append('\n');
        if (caption != null) {
            out.append("<figcaption>").append(esc(caption)).append("</figcaption>\n");
        }
        out.append("</figure>\n");
    }

    private String method(Indicator indicator) {
        String key = "method." + indicator.method();
        String method = m.has(key) ? m.get(key, indicator.target() == null ? "" : plain(indicator.target())) : indicator.method();
        if (indicator.better() == Indicator.Direction.LOWER) {
            method += " " + m.get("method.lower");
        }
        return indicator.unit() == null ? method : method + " (" + indicator.unit() + ")";
    }

    private String groupName(String id) {
        return standard.group(id).map(g -> g.name().in(lang))
                .or(() -> comparison == null ? Optional.empty()
                        : comparison.comparison().before().standard().group(id).map(g -> g.name().in(lang)))
                .orElse(id);
    }

    private String areaName(String id) {
        return standard.area(id).map(a -> a.name().in(lang)).orElse(id);
    }

    /** An area's name, cut to fit a column head or a radar label. */
    private String shortName(Area area, int max) {
        String name = area.name().in(lang);
        return name.length() <= max ? name : name.substring(0, max - 1).strip() + "…";
    }

    private static String groupPoints(CityResult city, String group) {
        return city.group(group).map(g -> String.valueOf(g.points())).orElse("–");
    }

    private BigDecimal factor(Group group) {
        return standard.scoring().factors().get(group.factor());
    }

    private int bandPoints(BigDecimal value) {
        BigDecimal rounded = value.setScale(standard.scoring().rounding().decimals(), RoundingMode.HALF_UP);
        return standard.scoring().bands().stream()
                .filter(b -> rounded.compareTo(b.min()) >= 0 && rounded.compareTo(b.max()) <= 0)
                .mapToInt(Band::points).findFirst().orElse(standard.scoring().topPoints());
    }

    private Color bandColour(int points) {
        int top = Math.max(1, standard.scoring().topPoints());
        int index = (int) Math.round((double) (points - 1) * (BAND_COLOURS.length - 1) / Math.max(1, top - 1));
        return BAND_COLOURS[Math.max(0, Math.min(BAND_COLOURS.length - 1, index))];
    }

    private String percent(BigDecimal score) {
        return m.number(score.movePointRight(2), 0) + "%";
    }

    private static String line(kz.etalon.problem.Location at) {
        return at.line() > 0 ? at.file().getFileName() + ":" + at.line() : "–";
    }

    static BigDecimal mean(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        if (present.isEmpty()) {
            return null;
        }
        return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64);
    }

    private static String plain(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xffffff);
    }

    /** An HTML id from a name: letters and digits kept (any script), the rest as dashes. */
    static String anchor(String name) {
        StringBuilder id = new StringBuilder("c-");
        name.strip().codePoints().forEach(c -> id.appendCodePoint(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : '-'));
        return esc(id.toString());
    }

    static String esc(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
