package kz.etalon.city.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kz.etalon.app.Bundled;
import kz.etalon.city.RawValue;
import kz.etalon.problem.Problems;
import kz.etalon.sheet.Workbooks;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of cell reads as the text the city data checks take, whatever way the workbook stores it. */
class WorkbookCellsTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private Map<String, String> readWide(Path file) {
        return CityXlsxReader.read(file, problems).orElseThrow().values().stream()
                .collect(Collectors.toMap(RawValue::indicator, RawValue::text));
    }

    @Test
    void whenCellsHoldFormulasBooleansDatesAndPercentages_thenEachReadsAsItsValue() throws Exception {
        Path file = dir.resolve("kinds.xlsx");
        String dateShown;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Data");
            String[] heads = {"city", "formula", "text.formula", "flag", "date", "share", "spaced"};
            for (int c = 0; c < heads.length; c++) {
                Workbooks.cell(sheet, 0, c).setCellValue(heads[c]);
            }
            Workbooks.cell(sheet, 1, 0).setCellValue("Almaty");
            Workbooks.cell(sheet, 1, 1).setCellFormula("2*3.5");
            Workbooks.cell(sheet, 1, 2).setCellFormula("\"ye\"&\"s\"");
            Workbooks.cell(sheet, 1, 3).setCellValue(true);
            var date = Workbooks.cell(sheet, 1, 4);
            date.setCellValue(LocalDate.of(2024, 1, 15));
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            date.setCellStyle(dateStyle);
            var share = Workbooks.cell(sheet, 1, 5);
            share.setCellValue(0.25);
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            share.setCellStyle(percent);
            Workbooks.cell(sheet, 1, 6).setCellValue(" 12 ");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            dateShown = new DataFormatter(Locale.ROOT).formatCellValue(date);
            Workbooks.save(workbook, file);
        }

        Map<String, String> read = readWide(file);

        assertThat(problems.sorted()).isEmpty();
        assertThat(dateShown).isEqualTo("1/15/24");
        assertThat(read).containsEntry("formula", "7").containsEntry("text.formula", "yes").containsEntry("flag", "true")
                .containsEntry("date", "1/15/24").containsEntry("share", "25").containsEntry("spaced", " 12 ");
    }

    @Test
    void whenATemplateCellShowsAnError_thenItIsReportedOnceAtItsCell() throws Exception {
        Path file = dir.resolve("cities.xlsx");
        Bundled.template(file, "kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en");
        int row;
        int almaty;
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Sheet data = workbook.getSheetAt(1);
            row = Workbooks.rowOf(data, "ctm.01");
            almaty = Workbooks.columnOf(data, "Almaty");
            Workbooks.cell(data, row, almaty).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Workbooks.save(workbook, file);
        }

        CityXlsxReader.read(file, problems);

        assertThat(problems.sorted()).map(Object::toString).containsExactly(file + ":Data!"
                + kz.etalon.problem.Location.columnLetters(almaty + 1) + (row + 1)
                + ": error: the cell shows the error #DIV/0!; enter a value or leave it empty");
    }

    @Test
    void whenAHiddenSheetHoldsOtherData_thenOnlyTheVisibleSheetIsRead() throws Exception {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet lists = workbook.createSheet("Lists");
            Workbooks.cell(lists, 0, 0).setCellValue("city");
            Workbooks.cell(lists, 0, 1).setCellValue("hidden.id");
            Workbooks.cell(lists, 1, 0).setCellValue("Nowhere");
            Workbooks.cell(lists, 1, 1).setCellValue(1);
            workbook.setSheetHidden(0, true);
            Sheet data = workbook.createSheet("Data");
            Workbooks.cell(data, 0, 0).setCellValue("city");
            Workbooks.cell(data, 0, 1).setCellValue("seen.id");
            Workbooks.cell(data, 1, 0).setCellValue("Almaty");
            Workbooks.cell(data, 1, 1).setCellValue(2);
            Workbooks.save(workbook, file);
        }

        assertThat(readWide(file)).containsOnlyKeys("seen.id").containsEntry("seen.id", "2");
    }
}
