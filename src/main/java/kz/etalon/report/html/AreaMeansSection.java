package kz.etalon.report.html;

import java.util.Comparator;
import java.util.List;
import kz.etalon.i18n.Messages;
import kz.etalon.standard.Area;
import org.jfree.data.category.DefaultCategoryDataset;

/** Figure 2 of the paper: the mean of each area over all cities, highest first (template {@code report/areaMeans.jte}). */
public record AreaMeansSection(Messages m, Figure chart) {

    static AreaMeansSection of(ReportContext report) {
        Messages m = report.m;
        List<Area> areas = report.standard.areas();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = m.get("areas.series");
        areas.stream()
                .sorted(Comparator.comparing((Area a) -> report.areaMean(a.id()), Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(area -> data.addValue(report.areaMean(area.id()), series, area.name().in(report.lang)));
        return new AreaMeansSection(m, report.figure("areas", areas.size(), Charts.svg(Charts.bars(data, true,
                m.get("areas.axis"), report.standard.scoring().scale().doubleValue(), Charts.format("0.0", report.lang), false,
                List.of(Charts.BLUE)), "chart-areas", HtmlReport.WIDTH, 50 + areas.size() * 30),
                m.get("areas.caption", report.cityCount()), null));
    }
}
