package kz.etalon.report.html;

import static kz.etalon.report.html.Html.esc;
import static kz.etalon.report.html.Html.hex;
import static kz.etalon.report.html.Html.plain;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.RoundingMode;
import kz.etalon.i18n.Messages;
import kz.etalon.result.AreaResult;
import kz.etalon.result.CityResult;
import kz.etalon.standard.Area;
import kz.etalon.standard.Band;
import kz.etalon.standard.Group;
import kz.etalon.standard.Scoring;

/** Cities by areas as a table, each cell coloured by the band its average would fall in, with the band legend. */
final class HeatMapSection {

    private static final Color[] BAND_COLOURS = {new Color(0xf8b4b4), new Color(0xfbd38d), new Color(0xfaf089),
            new Color(0xc6f6d5), new Color(0x68d391)};

    private final ReportContext report;
    private final Messages m;
    private final Scoring scoring;

    HeatMapSection(ReportContext report) {
        this.report = report;
        this.m = report.m;
        this.scoring = report.standard.scoring();
    }

    void write(PageWriter page) {
        page.section("heatmap", m.get("heatmap.title"));
        page.append("<p>").append(esc(m.get("heatmap.intro"))).append("</p>\n");
        page.append("<div class=\"scroll\"><table class=\"heatmap\" data-chart=\"heatmap\">\n<thead><tr><th>")
                .append(esc(m.get("col.city"))).append("</th>");
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                Area area = report.standard.area(areaId).orElseThrow();
                page.append("<th title=\"").append(esc(area.name().in(report.lang))).append("\"><span>")
                        .append(esc(report.shortName(area, 28))).append("</span></th>");
            }
        }
        page.append("</tr></thead>\n<tbody>\n");
        for (CityResult city : report.evaluation.cities()) {
            page.append("<tr><th><a href=\"").append(report.cityHref(city.city())).append("\">").append(esc(city.city())).append("</a></th>");
            for (Group group : report.standard.groups()) {
                for (String areaId : group.areaIds()) {
                    cell(page, city.area(areaId).map(AreaResult::average).orElse(null));
                }
            }
            page.append("</tr>\n");
        }
        page.append("<tr class=\"mean\"><th>").append(esc(m.get("heatmap.mean"))).append("</th>");
        for (Group group : report.standard.groups()) {
            for (String areaId : group.areaIds()) {
                cell(page, report.areaMean(areaId));
            }
        }
        page.append("</tr>\n</tbody></table></div>\n<p class=\"legend\">");
        for (Band band : scoring.bandsInOrder()) {
            page.append("<span class=\"swatch\" style=\"background:").append(hex(bandColour(band.points()))).append("\"></span>")
                    .append(esc(plain(band.min()) + "–" + plain(band.max()) + " → " + m.get("heatmap.points", band.points())))
                    .append(' ');
        }
        page.append("</p>\n</section>\n");
    }

    private void cell(PageWriter page, BigDecimal value) {
        if (value == null) {
            page.append("<td class=\"none\">–</td>");
            return;
        }
        page.append("<td style=\"background:").append(hex(bandColour(bandPoints(value)))).append("\">")
                .append(m.number(value, 0)).append("</td>");
    }

    private int bandPoints(BigDecimal value) {
        BigDecimal rounded = value.setScale(scoring.rounding().decimals(), RoundingMode.HALF_UP);
        return scoring.bands().stream()
                .filter(b -> rounded.compareTo(b.min()) >= 0 && rounded.compareTo(b.max()) <= 0)
                .mapToInt(Band::points).findFirst().orElse(scoring.topPoints());
    }

    /** The bands' colours spread from red to green over however many points the standard has. */
    private Color bandColour(int points) {
        int top = Math.max(1, scoring.topPoints());
        int index = (int) Math.round((double) (points - 1) * (BAND_COLOURS.length - 1) / Math.max(1, top - 1));
        return BAND_COLOURS[Math.max(0, Math.min(BAND_COLOURS.length - 1, index))];
    }
}
