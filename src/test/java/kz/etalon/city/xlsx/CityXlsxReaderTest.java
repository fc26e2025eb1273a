package kz.etalon.city.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.app.Bundled;
import kz.etalon.sheet.Workbooks;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityXlsxReaderTest {

    @TempDir
    Path dir;

    private Path filledTemplate() throws Exception {
        Path file = dir.resolve("cities.xlsx");
        Bundled.template(file, "kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en");
        return file;
    }

    @Test
    void whenACellHoldsAWrongValue_thenTheErrorNamesTheSheetAndCellAsExcelDoes() throws Exception {
        Path file = filledTemplate();
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Sheet data = workbook.getSheetAt(1);
            int row = Workbooks.rowOf(data, "ctm.03");
            int almaty = Workbooks.columnOf(data, "Almaty");
            Workbooks.cell(data, row, almaty).setCellValue("maybe");
            Workbooks.cell(data, Workbooks.rowOf(data, "ctm.01"), almaty).setCellValue(130);
            Workbooks.save(workbook, file);
        }

        List<String> problems = Bundled.problems(() -> Bundled.kz2019(file));

        assertThat(problems).hasSize(2);
        assertThat(String.join("\n", problems)).contains(file + ":Data!G2: error: Almaty, ctm.01 (share): share 130 is outside 0..100",
                file + ":Data!G4: error: Almaty, ctm.03 (yes_no): `maybe` is not yes or no");
    }

    @Test
    void whenAnIndicatorIdIsMistyped_thenOneErrorPointsAtItsCellInColumnA() throws Exception {
        Path file = filledTemplate();
        int row;
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Sheet data = workbook.getSheetAt(1);
            row = Workbooks.rowOf(data, "hlt.02");
            Workbooks.cell(data, row, 0).setCellValue("hlt.2");
            Workbooks.save(workbook, file);
        }

        List<String> problems = Bundled.app().validate("kz-2019", List.of(file)).stream().map(Object::toString).toList();

        assertThat(problems.stream().filter(line -> line.contains("error:")).toList())
                .containsExactly(file + ":Data!A" + (row + 1) + ": error: indicator `hlt.2` is not in kz-2019; did you mean `hlt.02`?");
    }

    @Test
    void whenASheetIsInLongForm_thenItIsReadAsTheCsvIs() throws Exception {
        Path file = dir.resolve("long.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("My data");
            String[][] rows = {{"city", "indicator", "value"}, {"Almaty", "hlt.01", "yes"}, {"Almaty", "hlt.02", "oops"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < 3; c++) {
                    Workbooks.cell(sheet, r, c).setCellValue(rows[r][c]);
                }
            }
            Workbooks.save(workbook, file);
        }

        List<String> problems = Bundled.app().validate("kz-2019", List.of(file)).stream().map(Object::toString).toList();

        assertThat(String.join("\n", problems)).contains(file + ":'My data'!C3: error: Almaty, hlt.02 (share): `oops` is not a percentage");
    }

    @Test
    void whenAShareIsFormattedAsAPercentage_thenItReadsAsPercent() throws Exception {
        Path file = dir.resolve("percent.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Data");
            Workbooks.cell(sheet, 0, 0).setCellValue("city");
            Workbooks.cell(sheet, 0, 1).setCellValue("hlt.02");
            Workbooks.cell(sheet, 1, 0).setCellValue("Almaty");
            var share = Workbooks.cell(sheet, 1, 1);
            share.setCellValue(0.7985);
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            share.setCellStyle(style);
            Workbooks.save(workbook, file);
        }

        String json = Bundled.json(file);

        assertThat(json).contains("\"id\" : \"hlt.02\",\n      \"value\" : \"79.85\",\n      \"percent\" : 79.85");
    }

    @Test
    void whenACityColumnIsEmpty_thenTheCityIsLeftOutWithAWarning() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        Bundled.template(file, "kz-2019", null, List.of("Almaty", "Aktau"), "en");
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Sheet data = workbook.getSheetAt(1);
            Workbooks.cell(data, Workbooks.rowOf(data, "ctm.03"), Workbooks.columnOf(data, "Almaty")).setCellValue("yes");
            Workbooks.save(workbook, file);
        }

        var evaluated = Bundled.kz2019(file);

        assertThat(evaluated.inputWarnings()).map(Object::toString)
                .contains(file + ":Data!G1: warning: the column of Aktau is empty; Aktau is left out");
        assertThat(Bundled.table(file)).contains("1 cities").contains("Almaty").doesNotContain("Aktau");
    }

    @Test
    void whenTheTemplateIsStillBlank_thenOneErrorSaysWhatToFillIn() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        Bundled.template(file, "kz-2019", null, List.of(), "en");

        List<String> problems = Bundled.problems(() -> Bundled.kz2019(file));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(file + ":Data: error: no city has a value yet (columns of Nur-Sultan, Almaty,")
                .contains("fill in the yellow cells").doesNotContain("warning");
    }

    @Test
    void whenTheFileIsNotAWorkbook_thenItSaysSoWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "city,indicator,value\n");

        List<String> problems = Bundled.problems(() -> Bundled.kz2019(file));

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(file + ": error: not an Excel workbook (.xlsx)");
    }
}
