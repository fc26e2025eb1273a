package kz.etalon.city.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import kz.etalon.problem.Problems;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks past the limits on cells, rows and columns, generated on the fly: each is refused with one
 * error naming the file and sheet (or cell), as the sheet's XML is streamed, before it can fill memory.
 */
class WorkbookLimitsTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private Path workbook(String name, Consumer<Sheet> fill) throws IOException {
        Path file = dir.resolve(name);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
             OutputStream out = Files.newOutputStream(file)) {
            fill.accept(workbook.createSheet("Data"));
            workbook.write(out);
        }
        return file;
    }

    private static void header(Sheet sheet, int columns) {
        var row = sheet.createRow(0);
        row.createCell(0).setCellValue("city");
        for (int c = 1; c < columns; c++) {
            row.createCell(c).setCellValue("ind." + c);
        }
    }

    private String onlyError() {
        assertThat(problems.sorted()).hasSize(1);
        return problems.sorted().get(0).toString();
    }

    @Test
    @Timeout(120)
    void whenASheetIsDenserThanCityDataCanBe_thenItIsRefusedWithOneErrorNamingTheSheet() throws IOException {
        Path file = workbook("dense.xlsx", sheet -> {
            header(sheet, 100);
            for (int r = 1; r <= 6_000; r++) {   // 600,100 cells, all with a number
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("City" + r);
                for (int c = 1; c < 100; c++) {
                    row.createCell(c).setCellValue((r * 31 + c * 17) % 1000 / 10.0);
                }
            }
        });
        assertThat(Files.size(file)).isBetween(1_000_000L, 4_000_000L);

        assertThat(CityXlsxReader.read(file, problems)).isEmpty();

        assertThat(onlyError()).startsWith(file + ":Data: error: the sheet has more than 500,000 cells")
                .contains("keep only the city data in the workbook");
    }

    @Test
    @Timeout(60)
    void whenACellLiesPastTheLastRowCityDataCanHave_thenTheErrorNamesThatCell() throws IOException {
        Path file = workbook("tall.xlsx", sheet -> {
            header(sheet, 3);
            sheet.createRow(200_000).createCell(1).setCellValue(1);
        });

        assertThat(CityXlsxReader.read(file, problems)).isEmpty();

        assertThat(onlyError()).startsWith(file + ":Data!B200001: error: the sheet goes on past row 200,000")
                .contains("delete the rows below the data");
    }

    @Test
    @Timeout(60)
    void whenACellLiesPastTheLastColumnCityDataCanHave_thenTheErrorNamesThatCell() throws IOException {
        Path file = workbook("wide.xlsx", sheet -> {
            header(sheet, 3);
            sheet.createRow(1).createCell(10_000).setCellValue(1);
        });

        assertThat(CityXlsxReader.read(file, problems)).isEmpty();

        assertThat(onlyError()).startsWith(file + ":Data!NTQ2: error: the sheet goes on past column NTP (10,000 columns)")
                .contains("delete the columns right of the data");
    }

    @Test
    @Timeout(60)
    void whenASheetIsJustWithinTheLimits_thenEveryValueIsRead() throws IOException {
        Path file = workbook("full.xlsx", sheet -> {
            header(sheet, 50);
            for (int r = 1; r <= 2_000; r++) {   // 100,050 cells
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("City" + r);
                for (int c = 1; c < 50; c++) {
                    row.createCell(c).setCellValue(r + c);
                }
            }
        });

        var read = CityXlsxReader.read(file, problems).orElseThrow();

        assertThat(problems.sorted()).isEmpty();
        assertThat(read.values()).hasSize(2_000 * 49);
        assertThat(read.values().get(read.values().size() - 1).toString()).contains("City2000", "ind.49", "2049");
    }

    @Test
    @Timeout(120)
    void whenAWorkbookHoldsMoreDifferentTextsThanCityDataCan_thenItIsRefusedBeforeTheyAreRead() throws IOException {
        Path file = dir.resolve("texts.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, true);
             OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Data");
            header(sheet, 2);
            for (int r = 1; r <= 100_001; r++) {   // a different short text in each cell: 100,001 shared strings
                sheet.createRow(r).createCell(1).setCellValue("t" + r);
            }
            workbook.write(out);
        }
        java.util.List<kz.etalon.city.DataLimit> exceeded = new java.util.ArrayList<>();

        assertThat(CityXlsxReader.read(file, problems, exceeded::add)).isEmpty();

        assertThat(onlyError()).startsWith(file + ": error: the workbook holds more than 100,000 different texts")
                .contains("split it into several workbooks");
        assertThat(exceeded).containsExactly(kz.etalon.city.DataLimit.SHARED_STRINGS);
    }
}
