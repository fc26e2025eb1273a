package kz.etalon.sheet;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.etalon.city.City;
import kz.etalon.city.CityNames;
import kz.etalon.city.CityValue;
import kz.etalon.city.ValueKind;
import kz.etalon.city.xlsx.CityXlsxReader;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import kz.etalon.standard.Area;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.Standard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The workbook in which city administrations collect their data: on the data sheet one row per indicator
 * (id, area, name, method, unit or target) and one column per city; yes/no cells offer a drop-down in the
 * chosen language, shares accept only 0..scale, other numbers only 0 or more; an instructions sheet says
 * what to do. {@code evaluate}, {@code report} and {@code compare} read the filled workbook as it is.
 */
public final class TemplateWorkbook {

    /** Columns before the first city: id, area, name, method, unit or target. */
    public static final int FIXED_COLUMNS = 5;
    /** Blank city columns when no city names are given. */
    public static final int BLANK_CITIES = 5;
    /** The columns a sheet has room for (Excel's limit, XFD), less the fixed ones. */
    public static final int MAX_CITIES = 16_384 - FIXED_COLUMNS;
    private static final int CITY_COLUMN_WIDTH = 15;
    /** Keeps the list of cities from being changed by accident; it is no secret (the sheet holds nothing private). */
    private static final String MADE_FOR_PROTECTION = "etalon";

    private final Standard standard;
    private final Function<String, Optional<ValueKind>> kindOf;
    private final Messages m;
    private final IndicatorLabels labels;
    private final String lang;
    private final SXSSFWorkbook workbook = StableXlsx.streaming(true);
    private final Map<String, CellStyle> styles = new java.util.HashMap<>();

    private TemplateWorkbook(Standard standard, Function<String, Optional<ValueKind>> kindOf, String language) {
        this.standard = standard;
        this.kindOf = kindOf;
        this.m = Messages.of(language);
        this.labels = new IndicatorLabels(m);
        this.lang = language;
    }

    /** A workbook whose cities have no names in other languages. */
    public static byte[] write(Standard standard, Function<String, Optional<ValueKind>> kindOf, List<City> cities,
                               String language) throws IOException {
        return write(standard, kindOf, cities, Map.of(), language);
    }

    /**
     * @param kindOf the kind of value each method reads, as the standard's rules declare it
     * @param cities the columns: names, and values to fill in (an empty map of values leaves a column blank)
     * @param names each city's name in other languages, by city and language code, where it has one
     */
    public static byte[] write(Standard standard, Function<String, Optional<ValueKind>> kindOf, List<City> cities,
                               Map<String, Map<String, String>> names, String language) throws IOException {
        if (cities.size() > MAX_CITIES) {
            throw InputException.of(cities.get(MAX_CITIES).values().values().stream().findFirst()
                            .map(value -> Location.of(value.at().file())).orElse(Location.of(null)),
                    String.format(Locale.ROOT, "%,d cities do not fit in one sheet: Excel has room for %,d city columns;"
                            + " make one template per region (a file or --city names for each)", cities.size(), MAX_CITIES));
        }
        TemplateWorkbook template = new TemplateWorkbook(standard, kindOf, language);
        try (SXSSFWorkbook workbook = template.workbook) {
            template.instructions(cities.size());
            template.data(cities);
            template.madeFor(cities, names);
            workbook.setActiveSheet(0);
            return StableXlsx.bytes(workbook);
        }
    }

    private void instructions(int cityCount) {
        Sheet sheet = workbook.createSheet(m.get("template.sheet.instructions"));
        sheet.setColumnWidth(0, 110 * 256);
        int r = 0;
        text(sheet, r++, m.get("template.title"), "title");
        text(sheet, r++, standard.id() + ": " + standard.title().in(lang), "bold");
        text(sheet, r++, standard.source().in(lang), "wrap");
        r++;
        String dataSheet = m.get("template.sheet.data");
        for (String key : List.of("template.step1", "template.step2", "template.step3", "template.step4", "template.step5",
                "template.step6")) {
            text(sheet, r++, m.get(key, dataSheet, standard.id(), cityCount), "wrap");
        }
        r++;
        text(sheet, r++, m.get("template.kinds"), "bold");
        text(sheet, r++, m.get("template.kind.yes_no", m.get("value.yes"), m.get("value.no")), "wrap");
        text(sheet, r++, m.get("template.kind.percent", plain(standard.scoring().scale())), "wrap");
        text(sheet, r++, m.get("template.kind.number"), "wrap");
        text(sheet, r++, m.get("template.kind.missing", standard.scoring().missing().key()), "wrap");
        r++;
        text(sheet, r++, m.get("template.check"), "bold");
        text(sheet, r++, "./etalon validate --standard " + standard.id() + " cities.xlsx", "code");
        text(sheet, r++, "./etalon evaluate --standard " + standard.id() + " --cities cities.xlsx", "code");
        text(sheet, r, "./etalon report --standard " + standard.id() + " --cities cities.xlsx --lang " + lang
                + " --out report.html", "code");
    }

    private void data(List<City> cities) {
        Sheet sheet = workbook.createSheet(m.get("template.sheet.data"));
        int cityColumns = cities.isEmpty() ? BLANK_CITIES : cities.size();
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        List<String> heads = List.of(m.get("template.col.id"), m.get("template.col.area"), m.get("template.col.name"),
                m.get("template.col.method"), m.get("template.col.unit"));
        for (int c = 0; c < heads.size(); c++) {
            cell(header, c, heads.get(c), "header");
        }
        // One default width for the city columns: a width set column by column costs time linear in the
        // columns set before it, quadratic in all.
        sheet.setDefaultColumnWidth(CITY_COLUMN_WIDTH);
        for (int c = 0; c < cityColumns; c++) {
            cell(header, FIXED_COLUMNS + c, cities.isEmpty() ? "" : cities.get(c).name(), "cityHeader");
        }
        int[] widths = {9, 24, 64, 18, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Map<ValueKind, CellRangeAddressList> ranges = new EnumMap<>(ValueKind.class);
        int r = 1;
        for (Area area : standard.areas()) {
            for (Indicator indicator : area.indicators()) {
                Row row = sheet.createRow(r);
                cell(row, 0, indicator.id(), "id");
                cell(row, 1, area.name().in(lang), "wrap");
                cell(row, 2, indicator.name().in(lang), "wrap");
                cell(row, 3, labels.method(indicator), "wrap");
                cell(row, 4, unit(indicator), "wrap");
                Optional<ValueKind> kind = kindOf.apply(indicator.method());
                for (int c = 0; c < cityColumns; c++) {
                    Cell cell = row.createCell(FIXED_COLUMNS + c);
                    cell.setCellStyle(style(kind.orElse(null) == ValueKind.YES_NO ? "input" : "inputNumber"));
                    if (!cities.isEmpty()) {
                        cities.get(c).value(indicator.id()).ifPresent(value -> fill(cell, value, kind.orElse(null)));
                    }
                }
                kind.ifPresent(k -> ranges.computeIfAbsent(k, x -> new CellRangeAddressList())
                        .addCellRangeAddress(row.getRowNum(), FIXED_COLUMNS, row.getRowNum(), FIXED_COLUMNS + cityColumns - 1));
                r++;
            }
        }
        ranges.forEach((kind, range) -> validate(sheet, kind, range));
        sheet.createFreezePane(FIXED_COLUMNS, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, r - 1, 0, FIXED_COLUMNS - 1));
    }

    /**
     * The cities the workbook is made for, on a hidden, protected sheet: a workbook that comes back without
     * one of them says so when it is read. With each city's names in other languages, which come back with it.
     */
    private void madeFor(List<City> cities, Map<String, Map<String, String>> names) {
        if (cities.isEmpty()) {
            return;
        }
        Sheet sheet = workbook.createSheet(CityXlsxReader.MADE_FOR_SHEET);
        Row header = sheet.createRow(0);
        cell(header, 0, m.get("col.city"), "header");
        for (int l = 0; l < CityNames.LANGUAGES.size(); l++) {
            cell(header, l + 1, CityNames.column(CityNames.LANGUAGES.get(l)), "header");
        }
        for (int c = 0; c < cities.size(); c++) {
            Row row = sheet.createRow(c + 1);
            String city = cities.get(c).name();
            cell(row, 0, city, "id");
            for (int l = 0; l < CityNames.LANGUAGES.size(); l++) {
                String name = names.getOrDefault(city, Map.of()).get(CityNames.LANGUAGES.get(l));
                if (name != null) {
                    cell(row, l + 1, name, "id");
                }
            }
        }
        sheet.protectSheet(MADE_FOR_PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    private void fill(Cell cell, CityValue value, ValueKind kind) {
        if (value.isMissing()) {
            if (!value.text().isEmpty()) {
                SpreadsheetText.set(cell, value.text());
            }
            return;
        }
        if (kind == ValueKind.YES_NO) {
            SpreadsheetText.set(cell, value.number().signum() != 0 ? m.get("value.yes") : m.get("value.no"));
        } else {
            cell.setCellValue(value.number().doubleValue());
        }
    }

    private void validate(Sheet sheet, ValueKind kind, CellRangeAddressList range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String scale = plain(standard.scoring().scale());
        DataValidationConstraint constraint = switch (kind) {
            case YES_NO -> helper.createExplicitListConstraint(new String[]{m.get("value.yes"), m.get("value.no")});
            case PERCENT -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", scale);
            case NUMBER -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        };
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        String rule = switch (kind) {
            case YES_NO -> m.get("template.kind.yes_no", m.get("value.yes"), m.get("value.no"));
            case PERCENT -> m.get("template.kind.percent", scale);
            case NUMBER -> m.get("template.kind.number");
        };
        validation.createErrorBox(m.get("template.invalid"), rule);
        validation.setShowPromptBox(true);
        validation.createPromptBox(m.get("template.prompt"), rule);
        sheet.addValidationData(validation);
    }

    private String unit(Indicator indicator) {
        Optional<ValueKind> kind = kindOf.apply(indicator.method());
        String unit = labels.unit(indicator);
        if (kind.isPresent() && kind.get() == ValueKind.YES_NO) {
            return m.get("value.yes") + " / " + m.get("value.no");
        }
        if (kind.isPresent() && kind.get() == ValueKind.PERCENT) {
            return "0–" + plain(standard.scoring().scale()) + (unit.isEmpty() || unit.equals("%") ? " %" : " " + unit);
        }
        if (indicator.target() != null) {
            return m.get("template.target", (m.plain(indicator.target()) + " " + unit).strip());
        }
        return unit;
    }

    private void text(Sheet sheet, int r, String text, String style) {
        cell(sheet.createRow(r), 0, text, style);
    }

    private void cell(Row row, int column, String text, String style) {
        Cell cell = row.createCell(column);
        SpreadsheetText.set(cell, text);
        cell.setCellStyle(style(style));
    }

    private CellStyle style(String name) {
        return styles.computeIfAbsent(name, key -> {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            switch (key) {
                case "title" -> {
                    font.setBold(true);
                    font.setFontHeightInPoints((short) 14);
                }
                case "bold" -> font.setBold(true);
                case "header", "cityHeader" -> {
                    font.setBold(true);
                    style.setWrapText(true);
                    style.setFillForegroundColor(key.equals("header") ? IndexedColors.GREY_25_PERCENT.getIndex()
                            : IndexedColors.PALE_BLUE.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setBorderBottom(BorderStyle.THIN);
                    style.setLocked(!key.equals("cityHeader"));
                }
                case "wrap" -> style.setWrapText(true);
                case "id" -> font.setFontName("Consolas");
                case "code" -> {
                    font.setFontName("Consolas");
                    style.setIndention((short) 1);
                }
                case "input", "inputNumber" -> {
                    style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    style.setBorderBottom(BorderStyle.HAIR);
                    style.setBorderRight(BorderStyle.HAIR);
                    style.setLocked(false);
                    if (key.equals("inputNumber")) {
                        style.setDataFormat(workbook.createDataFormat().getFormat("General"));
                    }
                }
                default -> {
                }
            }
            style.setFont(font);
            return style;
        });
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
