package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetCommandsTest {

    @TempDir
    Path dir;

    @Test
    void whenEvaluateWritesXlsx_thenTheRankingAreasAndIndicatorsAreSheetsOfNumbers() throws Exception {
        Path out = dir.resolve("results.xlsx");

        CliRun run = CliRun.of("evaluate", "--format", "xlsx", "--lang", "ru", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Рейтинг", "Сферы", "Индикаторы");
            Sheet ranking = workbook.getSheetAt(0);
            assertThat(ranking.getLastRowNum()).isEqualTo(17);
            assertThat(ranking.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Almaty");
            assertThat(ranking.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(ranking.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(18.0);
            assertThat(ranking.getRow(2).getCell(4).getNumericCellValue()).isBetween(61.05, 61.07);
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(17 * 101);
        }
        Path again = dir.resolve("again.xlsx");
        CliRun.of("evaluate", "--format", "xlsx", "--lang", "ru", "--out", again.toString());
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void whenXlsxIsAskedForWithoutOut_thenItIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--format", "xlsx");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format xlsx writes an Excel workbook; give the file with --out FILE");
    }

    @Test
    void whenTemplateHasNoOptionsButOut_thenItAsksForKz2019InEnglishForTheBundledCities() throws Exception {
        Path out = dir.resolve("t.xlsx");

        CliRun run = CliRun.of("template", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + ": 101 indicators x 17 cities");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Instructions");
            assertThat(workbook.getSheetAt(1).getRow(0).getCell(5).getStringCellValue()).isEqualTo("Nur-Sultan");
        }
    }

    @Test
    void compareReadsWorkbooksToo() throws Exception {
        Path workbook = dir.resolve("cities.xlsx");
        CliRun.of("template", "--cities", "data/kz-2019-cities.csv", "--out", workbook.toString());

        CliRun fromXlsx = CliRun.of("compare", "--standard", "kz-2018", "--standard", "kz-2019", "--cities", workbook.toString());
        CliRun fromCsv = CliRun.of("compare", "--standard", "kz-2018", "--standard", "kz-2019");

        assertThat(fromXlsx.exitCode()).as(fromXlsx.err()).isZero();
        assertThat(fromXlsx.out().lines().skip(2).limit(17).toList())
                .isEqualTo(fromCsv.out().lines().skip(2).limit(17).toList());
    }

    @Test
    void sensitivityReadsAWorkbookAsEveryOtherCommandDoes() {
        Path workbook = dir.resolve("cities.xlsx");
        assertThat(CliRun.of("template", "--cities", "data/kz-2019-cities.csv", "--out", workbook.toString()).exitCode()).isZero();

        CliRun fromWorkbook = CliRun.of("sensitivity", "--cities", workbook.toString(), "--runs", "20", "--format", "json");
        CliRun fromCsv = CliRun.of("sensitivity", "--cities", "data/kz-2019-cities.csv", "--runs", "20", "--format", "json");

        assertThat(fromWorkbook.exitCode()).as(fromWorkbook.err()).isZero();
        assertThat(fromWorkbook.out()).isEqualTo(fromCsv.out()).contains("\"Almaty\"");
    }

    @Test
    void aStandardWithNoDataOfItsOwnUsesTheNewestEarlierYearsAndSaysSo() {
        CliRun run = CliRun.of("evaluate", "--standard", "kz-2026");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: kz-2026 has no bundled city data of its own; using data/kz-2019-cities.csv");
        assertThat(run.out()).contains("17 cities from data/kz-2019-cities.csv");
    }
}
