package kz.etalon.city.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kz.etalon.app.Bundled;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged workbook is one clear error: never an exception out of the reader and never a line of POI's
 * own logging (with its stack traces) on stderr.
 */
class DamagedWorkbookTest {

    @TempDir
    Path dir;

    private byte[] template;

    @BeforeEach
    void writeATemplate() throws IOException {
        Path file = dir.resolve("template.xlsx");
        Bundled.template(file, "src/test/resources/valid/tiny.yaml", null, List.of(), "en");
        template = Files.readAllBytes(file);
    }

    /** The template with one part of it replaced. */
    private Path withPart(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(template));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] bytes = in.readAllBytes();
                zip.write(entry.getName().equals(name) ? content.getBytes(StandardCharsets.UTF_8) : bytes);
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve("damaged.xlsx"), out.toByteArray());
    }

    private String stderrWhileReading(Path file, Problems problems) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            CityXlsxReader.read(file, problems);
        } finally {
            System.setErr(stderr);
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whenTheContentTypesAreBroken_thenOneErrorInEtalonsWordsAndNothingOnStderr() throws IOException {
        Path file = withPart("[Content_Types].xml", "<broken");
        Problems problems = new Problems();

        assertThat(stderrWhileReading(file, problems)).isEmpty();

        assertThat(problems.sorted()).hasSize(1);
        assertThat(problems.sorted().get(0).toString()).startsWith(file + ": error: not an Excel workbook (.xlsx), or a damaged one")
                .contains("save it again as .xlsx").doesNotContain("org.apache");
    }

    @Test
    void whenASharedStringIndexPointsPastTheTable_thenAnErrorAndNothingOnStderr() throws IOException {
        Path file = withPart("xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>x</t></si></sst>");
        Problems problems = new Problems();

        assertThat(stderrWhileReading(file, problems)).isEmpty();

        assertThat(problems.hasErrors()).isTrue();
    }

    @Test
    @Timeout(60)
    void whenASheetInflatesPastTheLimit_thenOneErrorSaysSoAndNothingOnStderr() throws IOException {
        String padding = " ".repeat((int) WorkbookPackage.MAX_INFLATED_BYTES);
        Path file = withPart("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>" + padding + "</sheetData></worksheet>");
        assertThat(Files.size(file)).isLessThan(1_000_000);
        Problems problems = new Problems();

        assertThat(stderrWhileReading(file, problems)).isEmpty();

        assertThat(problems.sorted()).hasSize(1);
        assertThat(problems.sorted().get(0).toString()).startsWith(file + ": error: the workbook unpacks to more than 64 MiB")
                .contains("keep the city data on one sheet of a workbook of its own");
    }

    @Test
    @Timeout(120)
    void whenBytesOfAWorkbookAreDamagedAtRandom_thenEachGivesErrorsOrData_neverAnExceptionOrALog() throws IOException {
        Random random = new Random(14);
        for (int attempt = 0; attempt < 40; attempt++) {
            byte[] damaged = template.clone();
            for (int flips = 0; flips < 1 + random.nextInt(8); flips++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(dir.resolve("fuzzed-" + attempt + ".xlsx"), damaged);
            Problems problems = new Problems();

            assertThat(stderrWhileReading(file, problems)).as("attempt " + attempt).isEmpty();
        }
    }
}
