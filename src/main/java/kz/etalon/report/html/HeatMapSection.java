package kz.etalon.report.html;

import static kz.etalon.report.html.Html.hex;
import static kz.etalon.report.html.Html.plain;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Scoring;

/**
 * Cities by areas as a table, each cell coloured by the band its average would fall in, with the band legend
 * (template {@code report/heatMap.jte}).
 */
public record HeatMapSection(Messages m, List<AreaHead> areas, List<Row> rows, List<Cell> means, List<Swatch> legend) {

    private static final Color[] BAND_COLOURS = {new Color(0xf8b4b4), new Color(0xfbd38d), new Color(0xfaf089),
            new Color(0xc6f6d5), new Color(0x68d391)};

    /** An area's column: its whole name as a title, and a name short enough for the head. */
    public record AreaHead(String name, String shortName) {
    }

    /** A cell: its background (#rrggbb), null for an area without a value, and the value shown. */
    public record Cell(String colour, String value) {
    }

    public record Row(String city, String href, List<Cell> cells) {
    }

    /** A band of the legend: its colour and what it says. */
    public record Swatch(String colour, String text) {
    }

    static HeatMapSection of(ReportContext report) {
        Messages m = report.m;
        Scoring scoring = report.standard.scoring();
        List<Area> areas = new ArrayList<>();
        report.standard.groups().forEach(group -> group.areaIds().forEach(id -> areas.add(report.standard.area(id).orElseThrow())));
        List<AreaHead> heads = areas.stream().map(area -> new AreaHead(area.name().in(report.lang), report.shortName(area, 28)))
                .toList();
        List<Row> rows = report.evaluation.cities().stream().map(city -> new Row(city.city(), report.cityHref(city.city()),
                cells(report, areas, area -> city.area(area.id()).map(AreaResult::average).orElse(null)))).toList();
        List<Swatch> legend = scoring.bandsInOrder().stream().map(band -> new Swatch(hex(bandColour(scoring, band.points())),
                plain(band.min()) + "–" + plain(band.max()) + " → " + m.get("heatmap.points", band.points()))).toList();
        return new HeatMapSection(m, heads, rows, cells(report, areas, area -> report.areaMean(area.id())), legend);
    }

    private static List<Cell> cells(ReportContext report, List<Area> areas, Function<Area, BigDecimal> value) {
        return areas.stream().map(value).map(average -> average == null ? new Cell(null, "–")
                : new Cell(hex(bandColour(report.standard.scoring(), bandPoints(report.standard.scoring(), average))),
                report.m.number(average, 0))).toList();
    }

    /**
     * The points of the band an average falls in once rounded as the standard rounds group averages (the engine
     * bands groups, not areas, so an area's band is found here with the standard's own rounding and bands).
     */
    static int bandPoints(Scoring scoring, BigDecimal value) {
        BigDecimal rounded = scoring.rounding().apply(value);
        return scoring.bands().stream().filter(band -> band.holds(rounded)).mapToInt(Band::points).findFirst()
                .orElse(scoring.topPoints());
    }

    /** The bands' colours spread from red to green over however many points the standard has. */
    private static Color bandColour(Scoring scoring, int points) {
        int top = Math.max(1, scoring.topPoints());
        int index = (int) Math.round((double) (points - 1) * (BAND_COLOURS.length - 1) / Math.max(1, top - 1));
        return BAND_COLOURS[Math.max(0, Math.min(BAND_COLOURS.length - 1, index))];
    }
}
