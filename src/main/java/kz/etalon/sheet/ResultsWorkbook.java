package kz.etalon.sheet;

import java.io.IOException;
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
import kz.etalon.standard.Standard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code evaluate --format xlsx}: for a standard of groups and areas, the ranking, the area averages of
 * every city, and every indicator's value and percent, one sheet each; for another shape, the total (and
 * rank where it ranks) when it has one, then one sheet per classification ({@link NodeSheets}). Cells hold
 * full-precision numbers; only their format rounds.
 */
public final class ResultsWorkbook {

    private final Evaluation evaluation;
    private final Standard standard;
    private final Messages m;
    private final IndicatorLabels labels;
    private final String lang;
    private final SXSSFWorkbook workbook = StableXlsx.streaming(false);
    private final CellStyle header;
    private final CellStyle oneDecimal;
    private final CellStyle percent;
    private final CellStyle twoDecimals;

    private ResultsWorkbook(Evaluation evaluation, String language) {
        this.evaluation = evaluation;
        this.standard = evaluation.standard();
        this.m = Messages.of(language);
        this.labels = new IndicatorLabels(m);
        this.lang = language;
        header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        oneDecimal = workbook.createCellStyle();
        oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        // only where used: a workbook of groups and areas stays as it was, byte for byte
        twoDecimals = standard.groupsAndAreas() ? null : workbook.createCellStyle();
        if (twoDecimals != null) {
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }
    }

    public static byte[] write(Evaluation evaluation, String language) throws IOException {
        ResultsWorkbook results = new ResultsWorkbook(evaluation, language);
        try (SXSSFWorkbook workbook = results.workbook) {
            if (results.standard.groupsAndAreas()) {
                results.ranking();
                results.areas();
                results.indicators();
            } else {
                if (results.standard.method().total().isPresent()) {
                    results.totals();
                }
                new NodeSheets(results, evaluation, results.m, language).write();
            }
            return StableXlsx.bytes(workbook);
        }
    }

    private void ranking() {
        Sheet sheet = workbook.createSheet(m.get("results.sheet.ranking"));
        List<String> heads = new ArrayList<>(List.of(m.get("col.rank"), m.get("col.city"), m.get("col.score"),
                m.get("col.points"), m.get("col.index")));
        for (Group group : standard.groups()) {
            heads.add(group.name().in(lang) + ": " + m.get("col.average"));
            heads.add(group.name().in(lang) + ": " + m.get("col.band"));
        }
        headerRow(sheet, heads);
        int r = 1;
        for (CityResult city : evaluation.cities()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            number(row, c++, BigDecimal.valueOf(city.rank()), null);
            SpreadsheetText.set(row.createCell(c++), city.city());
            number(row, c++, city.score(), percent);
            number(row, c++, city.points(), null);
            number(row, c++, city.index(), oneDecimal);
            for (Group group : standard.groups()) {
                GroupResult result = city.group(group.id()).orElseThrow();
                number(row, c++, result.average(), oneDecimal);
                number(row, c++, BigDecimal.valueOf(result.points()), null);
            }
        }
        finish(sheet, heads.size(), 2);
        sheet.setColumnWidth(1, 18 * 256);
    }

    /** The total of a standard of another shape: rank where it ranks, score, points and index. */
    private void totals() {
        Sheet sheet = workbook.createSheet(m.get("results.sheet.ranking"));
        boolean ranked = standard.method().ranked();
        List<String> heads = new ArrayList<>(ranked ? List.of(m.get("col.rank")) : List.of());
        heads.addAll(List.of(m.get("col.city"), m.get("col.score"), m.get("col.points"), m.get("col.index")));
        headerRow(sheet, heads);
        int r = 1;
        for (CityResult city : evaluation.cities()) {
            Row row = sheet.createRow(r++);
            int c = 0;
            if (ranked) {
                number(row, c++, BigDecimal.valueOf(city.rank()), null);
            }
            SpreadsheetText.set(row.createCell(c++), city.city());
            number(row, c++, city.score(), standard.method().total().get().scale() == kz.etalon.standard.Total.Scale.SHARE_OF_MAX
                    ? percent : twoDecimals);
            number(row, c++, city.points(), null);
            number(row, c, city.index(), oneDecimal);
        }
        finish(sheet, heads.size(), ranked ? 2 : 1);
    }

    Sheet sheet(String name) {
        return workbook.createSheet(name);
    }

    CellStyle twoDecimals() {
        return twoDecimals;
    }

    private void areas() {
        Sheet sheet = workbook.createSheet(m.get("results.sheet.areas"));
        List<String> heads = new ArrayList<>(List.of(m.get("col.city")));
        standard.areas().forEach(area -> heads.add(area.name().in(lang)));
        headerRow(sheet, heads);
        int r = 1;
        for (CityResult city : evaluation.cities()) {
            Row row = sheet.createRow(r++);
            SpreadsheetText.set(row.createCell(0), city.city());
            int c = 1;
            for (Area area : standard.areas()) {
                number(row, c++, city.area(area.id()).map(AreaResult::average).orElse(null), oneDecimal);
            }
        }
        finish(sheet, heads.size(), 1);
        sheet.setColumnWidth(0, 18 * 256);
    }

    private void indicators() {
        Sheet sheet = workbook.createSheet(m.get("results.sheet.indicators"));
        List<String> heads = List.of(m.get("col.city"), m.get("template.col.id"), m.get("template.col.area"),
                m.get("template.col.name"), m.get("col.value"), m.get("col.percent"), m.get("col.rule"));
        headerRow(sheet, heads);
        int r = 1;
        for (CityResult city : evaluation.cities()) {
            for (IndicatorResult indicator : city.indicators()) {
                Row row = sheet.createRow(r++);
                SpreadsheetText.set(row.createCell(0), city.city());
                SpreadsheetText.set(row.createCell(1), indicator.id());
                SpreadsheetText.set(row.createCell(2), standard.area(indicator.areaId()).map(a -> a.name().in(lang)).orElse(indicator.areaId()));
                SpreadsheetText.set(row.createCell(3), standard.indicator(indicator.id()).map(i -> i.name().in(lang)).orElse(""));
                SpreadsheetText.set(row.createCell(4), labels.value(indicator.value()));
                number(row, 5, indicator.percent(), oneDecimal);
                SpreadsheetText.set(row.createCell(6), m.ruleName(indicator.rule()));
            }
        }
        finish(sheet, heads.size(), 2);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 60 * 256);
    }

    void headerRow(Sheet sheet, List<String> heads) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < heads.size(); c++) {
            Cell cell = row.createCell(c);
            SpreadsheetText.set(cell, heads.get(c));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, 13 * 256);
        }
    }

    static void finish(Sheet sheet, int columns, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, sheet.getLastRowNum()), 0, columns - 1));
    }

    static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
