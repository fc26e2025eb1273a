package kz.etalon.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.etalon.city.City;
import kz.etalon.app.Bundled;
import kz.etalon.report.CsvReport;
import kz.etalon.problem.InputException;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A city named like a formula is text in every file Etalon writes: CSV, the results workbook, the template. */
class FormulaTextTest {

    private static final String FORMULA = "=HYPERLINK(\"http://attacker/\",\"Almaty\")";
    private static final String TINY = "src/test/resources/valid/tiny.yaml";

    @TempDir
    Path dir;

    private Path citiesNamedLikeFormulas() throws IOException {
        String tiny = Files.readString(Path.of("src/test/resources/valid/tiny-cities.csv"));
        return Files.writeString(dir.resolve("cities.csv"), tiny.replace("Almaty,", "\"" + FORMULA.replace("\"", "\"\"") + "\",")
                .replace("Shymkent,", "@SUM(A1),"));
    }

    @Test
    void whenResultsAreWrittenAsCsv_thenANameLikeAFormulaStartsWithAQuoteMark() throws IOException {
        String csv = CsvReport.render(Bundled.app().evaluate(TINY, citiesNamedLikeFormulas()).evaluation());

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://attacker/\"\",\"\"Almaty\"\")\",", ",'@SUM(A1),")
                .doesNotContain(",=", ",@");
    }

    @Test
    void whenResultsAreWrittenAsAWorkbook_thenANameLikeAFormulaIsAStringCell() throws IOException {
        Path out = dir.resolve("results.xlsx");
        Files.write(out, ResultsWorkbook.write(Bundled.app().evaluate(TINY, citiesNamedLikeFormulas()).evaluation(), "en"));

        assertThat(cellsHolding(out, FORMULA)).isNotEmpty().allMatch(cell -> cell.getCellType() == CellType.STRING);
        assertThat(noFormulaIn(out)).isTrue();
    }

    @Test
    void whenATemplateIsWrittenForNamesLikeFormulas_thenTheyAreStringCells() throws IOException {
        Path out = dir.resolve("template.xlsx");
        Bundled.template(out, TINY, null, List.of(FORMULA, "-2+3"), "en");

        // each name twice: atop its column, and on the hidden sheet of the cities the template was made for
        assertThat(cellsHolding(out, FORMULA)).hasSize(2).allMatch(cell -> cell.getCellType() == CellType.STRING);
        assertThat(cellsHolding(out, "-2+3")).hasSize(2).allMatch(cell -> cell.getCellType() == CellType.STRING);
        assertThat(noFormulaIn(out)).isTrue();
    }

    @Test
    void whenMoreCitiesThanASheetHasColumnsAreAsked_thenItIsAnInputError() {
        Standard tiny = StandardReader.readOrThrow(Path.of(TINY));
        List<City> cities = new ArrayList<>();
        for (int i = 0; i <= TemplateWorkbook.MAX_CITIES; i++) {
            cities.add(new City("City " + i, Map.of()));
        }

        assertThatThrownBy(() -> TemplateWorkbook.write(tiny, method -> Optional.empty(), cities, "en"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("16,380 cities do not fit in one sheet: Excel has room for 16,379 city columns");
    }

    private static List<Cell> cellsHolding(Path file, String text) throws IOException {
        List<Cell> found = new ArrayList<>();
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA
                                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                            found.add(cell);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean noFormulaIn(Path file) throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }
}
