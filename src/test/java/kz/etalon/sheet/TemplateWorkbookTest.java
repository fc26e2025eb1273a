package kz.etalon.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.city.City;
import kz.etalon.city.CityData;
import kz.etalon.app.Bundled;
import kz.etalon.problem.Problems;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWorkbookTest {

    private static final kz.etalon.standard.Standard KZ_2019 = Bundled.app().standard("kz-2019").standard();

    @TempDir
    Path dir;

    @Test
    void whenTheTemplateIsFilledInExcelAndEvaluated_thenTheResultsAreThoseOfTheCsvData() throws Exception {
        roundTrip("en", "yes", "no");
    }

    @Test
    void whenARussianTemplateIsFilledWithDaAndNet_thenTheResultsAreThoseOfTheCsvData() throws Exception {
        roundTrip("ru", "да", "нет");
    }

    /** Template -> a person types every value (yes/no from the drop-down, numbers as numbers) -> evaluate. */
    private void roundTrip(String lang, String yes, String no) throws Exception {
        Path template = dir.resolve("cities-" + lang + ".xlsx");
        Bundled.template(template, "kz-2019", null, List.of(), lang);
        CityData csv = csvData();
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Sheet data = workbook.getSheetAt(1);
            for (City city : csv.cities()) {
                int column = Workbooks.columnOf(data, city.name());
                assertThat(column).as(city.name()).isGreaterThanOrEqualTo(TemplateWorkbook.FIXED_COLUMNS);
                city.values().forEach((id, value) -> {
                    if (value.isMissing()) {
                        return;
                    }
                    var cell = Workbooks.cell(data, Workbooks.rowOf(data, id), column);
                    if (KZ_2019.indicator(id).orElseThrow().method().equals("yes_no")) {
                        cell.setCellValue(value.number().signum() == 0 ? no : yes);
                    } else {
                        cell.setCellValue(value.number().doubleValue());
                    }
                });
            }
            Workbooks.save(workbook, dir.resolve("filled-" + lang + ".xlsx"));
        }

        Path filled = dir.resolve("filled-" + lang + ".xlsx");

        assertThat(withoutTypedValues(Bundled.json(filled))).isEqualTo(withoutTypedValues(Bundled.json(null)));
        assertThat(Bundled.table(filled)).isEqualTo(Bundled.table(null).replace("data/kz-2019-cities.csv", filled.toString()));
    }

    @Test
    void whenFilledFromLastYearsData_thenEvaluatingTheWorkbookGivesTheSameResults() throws Exception {
        Path filled = dir.resolve("filled.xlsx");
        Bundled.template(filled, "kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en");

        assertThat(withoutTypedValues(Bundled.json(filled))).isEqualTo(withoutTypedValues(Bundled.json(null)));
    }

    @Test
    void thenYesNoCellsOfferADropDownInTheLanguageAndSharesAreLimitedToTheScale() throws Exception {
        Path template = dir.resolve("t.xlsx");
        Bundled.template(template, "kz-2019", null, List.of(), "kk");

        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Нұсқаулық");
            Sheet data = workbook.getSheetAt(1);
            assertThat(data.getSheetName()).isEqualTo("Деректер");
            assertThat(Workbooks.cell(data, 0, 0).getStringCellValue()).isEqualTo("Коды");
            assertThat(Workbooks.cell(data, 1, 0).getStringCellValue()).isEqualTo("ctm.01");
            assertThat(Workbooks.cell(data, 1, 1).getStringCellValue()).isEqualTo("Қаланы басқару");
            List<? extends DataValidation> validations = data.getDataValidations();
            DataValidationConstraint list = validations.stream().map(DataValidation::getValidationConstraint)
                    .filter(c -> c.getValidationType() == DataValidationConstraint.ValidationType.LIST).findFirst().orElseThrow();
            assertThat(list.getExplicitListValues()).containsExactly("иә", "жоқ");
            DataValidationConstraint share = validations.stream().map(DataValidation::getValidationConstraint)
                    .filter(c -> c.getValidationType() == DataValidationConstraint.ValidationType.DECIMAL
                            && c.getOperator() == DataValidationConstraint.OperatorType.BETWEEN).findFirst().orElseThrow();
            assertThat(List.of(share.getFormula1(), share.getFormula2())).containsExactly("0", "100");
            int rows = data.getLastRowNum();
            assertThat(rows).isEqualTo(101);
            assertThat(Workbooks.columnOf(data, "Almaty")).isGreaterThanOrEqualTo(TemplateWorkbook.FIXED_COLUMNS);
        }
    }

    @Test
    void whenWrittenTwice_thenTheBytesAreIdentical() throws Exception {
        Path first = dir.resolve("a.xlsx");
        Path second = dir.resolve("b.xlsx");
        Bundled.template(first, "kz-2019", null, List.of(), "ru");
        Bundled.template(second, "kz-2019", null, List.of(), "ru");

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void whenWritten_thenNoTimeOfWritingIsInTheFile_soTheBytesDoNotDependOnTheClock() throws Exception {
        Path template = dir.resolve("t.xlsx");
        Bundled.template(template, "kz-2019", null, List.of(), "ru");

        int entries = 0;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(template))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
                if (entry.getName().equals("docProps/core.xml")) {
                    String core = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(core).contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:created>",
                            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2000-01-01T00:00:00Z</dcterms:modified>");
                }
            }
        }
        assertThat(entries).isGreaterThan(5);
    }

    @Test
    void whenNamedCitiesAreAsked_thenTheyAreTheColumns() throws Exception {
        Path template = dir.resolve("two.xlsx");
        var written = Bundled.template(template, "kz-2026", null, List.of("Almaty", "Shymkent"), "en");

        assertThat(written.cities()).isEqualTo(2);
        try (XSSFWorkbook workbook = Workbooks.open(template)) {
            Sheet data = workbook.getSheetAt(1);
            assertThat(Workbooks.columnOf(data, "Almaty")).isEqualTo(TemplateWorkbook.FIXED_COLUMNS);
            assertThat(Workbooks.columnOf(data, "Shymkent")).isEqualTo(TemplateWorkbook.FIXED_COLUMNS + 1);
            assertThat(data.getRow(0).getLastCellNum()).isEqualTo((short) (TemplateWorkbook.FIXED_COLUMNS + 2));
        }
    }

    private static CityData csvData() {
        return Bundled.kz2019(Path.of("data/kz-2019-cities.csv")).data();
    }

    /** The JSON of an evaluation without each value as typed (`yes` in CSV is `да` in a Russian workbook). */
    static JsonNode withoutTypedValues(String json) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        root.get("cities").forEach(city -> city.get("indicators").forEach(i -> ((ObjectNode) i).remove("value")));
        ((ObjectNode) root).remove("warnings");
        return root;
    }
}
