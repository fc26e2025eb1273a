package kz.etalon.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.etalon.i18n.IndicatorLabels;
import kz.etalon.i18n.Messages;
import kz.etalon.result.CityResult;
import kz.etalon.result.Evaluation;
import kz.etalon.result.IndicatorResult;
import kz.etalon.result.NodeResult;
import kz.etalon.standard.BandStep;
import kz.etalon.standard.BandTable;
import kz.etalon.standard.Classification;
import kz.etalon.standard.Indicator;
import kz.etalon.standard.MethodNode;
import kz.etalon.standard.Standard;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The results workbook of a standard that is not one of groups and areas: one sheet per classification,
 * each city's nodes in the file's order (value, points, band label, or "not scored"), each leaf followed by
 * its indicators (the value as given, percent, points and label, or why it scored nothing).
 */
final class NodeSheets {

    private static final List<String> HEADS = List.of("col.city", "col.node", "col.name", "col.indicator", "col.value",
            "col.percent", "col.points", "col.label");

    private final ResultsWorkbook book;
    private final Evaluation evaluation;
    private final Standard standard;
    private final Messages m;
    private final IndicatorLabels labels;
    private final String lang;
    private final Set<String> sheetNames = new HashSet<>();

    NodeSheets(ResultsWorkbook book, Evaluation evaluation, Messages m, String lang) {
        this.book = book;
        this.evaluation = evaluation;
        this.standard = evaluation.standard();
        this.m = m;
        this.labels = new IndicatorLabels(m);
        this.lang = lang;
        sheetNames.add(m.get("results.sheet.ranking"));
    }

    void write() {
        standard.method().classifications().forEach(this::sheet);
    }

    private void sheet(Classification classification) {
        Sheet sheet = book.sheet(sheetName(classification));
        book.headerRow(sheet, HEADS.stream().map(key -> m.get(key)).toList());
        int r = 1;
        for (CityResult city : evaluation.cities()) {
            for (MethodNode node : classification.nodes()) {
                r = node(sheet, r, city, node);
            }
        }
        ResultsWorkbook.finish(sheet, HEADS.size(), 2);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(2, 40 * 256);
        sheet.setColumnWidth(7, 16 * 256);
    }

    private int node(Sheet sheet, int r, CityResult city, MethodNode node) {
        NodeResult result = city.node(node.key()).orElseThrow();
        Row row = sheet.createRow(r++);
        SpreadsheetText.set(row.createCell(0), city.city());
        SpreadsheetText.set(row.createCell(1), node.id());
        SpreadsheetText.set(row.createCell(2), node.name().in(lang));
        ResultsWorkbook.number(row, 5, result.value(), book.twoDecimals());
        ResultsWorkbook.number(row, 6, result.points() == null ? null : BigDecimal.valueOf(result.points()), null);
        SpreadsheetText.set(row.createCell(7), result.scored() ? label(node.bands(), result.points(), result.bandLine()).orElse("")
                : m.get("nodes.not_scored"));
        for (String id : node.indicators()) {
            r = indicator(sheet, r, city, node, id);
        }
        return r;
    }

    private int indicator(Sheet sheet, int r, CityResult city, MethodNode node, String id) {
        IndicatorResult result = city.indicator(id).orElseThrow();
        Indicator indicator = standard.indicator(id).orElseThrow();
        Row row = sheet.createRow(r);
        SpreadsheetText.set(row.createCell(0), city.city());
        SpreadsheetText.set(row.createCell(1), node.id());
        SpreadsheetText.set(row.createCell(2), indicator.name().in(lang));
        SpreadsheetText.set(row.createCell(3), id);
        SpreadsheetText.set(row.createCell(4), result.missing() ? "" : labels.value(result.value()));
        ResultsWorkbook.number(row, 5, result.percent(), book.twoDecimals());
        ResultsWorkbook.number(row, 6, result.points() == null ? null : BigDecimal.valueOf(result.points()), null);
        String label = result.percent() != null ? label(standard.method().spec(id).bands(), result.points(), result.bandLine()).orElse("")
                : result.missing() ? m.get("explain.leftOut")
                : m.notScoredBy(result.rule());
        SpreadsheetText.set(row.createCell(7), label);
        return r + 1;
    }

    /** The label of the band at {@code line} of {@code table} (else of the band of those points), in the reader's language. */
    private Optional<String> label(String table, Integer points, int line) {
        BandTable bands = table == null ? null : standard.method().bandTables().get(table);
        if (bands == null || points == null) {
            return Optional.empty();
        }
        Optional<BandStep> step = line > 0 ? bands.atLine(line)
                : bands.steps().stream().filter(s -> s.points() == points).findFirst();
        return step.map(BandStep::label).filter(label -> !label.isEmpty()).map(label -> label.in(lang));
    }

    /** The classification's name as a sheet's name: at most 31 characters, none that Excel refuses, unique. */
    private String sheetName(Classification classification) {
        String name = classification.name().in(lang);
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? classification.id() : name);
        String unique = base;
        for (int n = 2; !sheetNames.add(unique); n++) {
            unique = base.substring(0, Math.min(base.length(), 27)) + " (" + n + ")";
        }
        return unique;
    }
}
