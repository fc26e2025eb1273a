package kz.etalon.city;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static kz.etalon.problem.ProblemAssertions.assertNoErrors;
import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import kz.etalon.problem.Problems;
import kz.etalon.standard.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * City files as spreadsheets really export them: Excel in a Russian or Kazakh locale (`;` and decimal
 * commas, Windows-1251), Excel's "Unicode Text" (UTF-16, tabs), and decimal commas in a comma file.
 */
class SpreadsheetExportTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private static final Standard tiny = TinyStandard.STANDARD;

    @TempDir
    Path dir;

    private final Problems problems = new Problems();


    private Optional<CityData> check(Path file) {
        return CityCsvReader.read(file, problems)
                .map(read -> TinyStandard.check(read, tiny, problems));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void whenExcelSavedCsvInWindows1251_thenItIsReadWithAWarning() throws IOException {
        Path file = write("cp1251.csv", "city;indicator;value\r\nАлматы;hlt.02;79,85\r\nАлматы;hlt.01;да\r\n".getBytes(CP1251));

        CityData data = check(file).orElseThrow();

        assertNoErrors(problems);
        assertThat(data.city("Алматы").orElseThrow().value("hlt.02").orElseThrow().number()).isEqualByComparingTo("79.85");
        assertThat(data.city("Алматы").orElseThrow().value("hlt.01").orElseThrow().number()).isEqualByComparingTo("1");
        assertThat(render(problems.warnings())).contains("cp1251.csv: warning: not UTF-8: read as Windows-1251",
                "CSV UTF-8");
    }

    @Test
    void whenWindows1251LostKazakhLetters_thenItIsAnErrorAtTheLineSayingWhatToDo() throws IOException {
        // Excel writes `?` for Қ, which Windows-1251 lacks: "Қызылорда" becomes "?ызылорда"
        Path file = write("kazakh.csv", "city;indicator;value\nАлматы;hlt.02;79,85\nҚызылорда;hlt.02;50\n".getBytes(CP1251));

        check(file);

        assertHasError(problems, file, 3, "`?` inside a Cyrillic word", "Kazakh letters", "CSV UTF-8");
    }

    @Test
    void whenTheFileIsLatin1_thenItIsNotMisreadAsCyrillicButRejectedAtItsFirstBadLine() throws IOException {
        Path file = write("latin1.csv", "city,indicator,value\nAlmaty,hlt.02,50\nZürich,hlt.02,60\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThat(check(file)).isEmpty();

        assertHasError(problems, file, 3, "not UTF-8 text", "CSV UTF-8 (Comma delimited)");
    }

    @Test
    void whenExcelSavedUnicodeText_thenUtf16WithTabsIsRead() throws IOException {
        Path file = write("unicode.csv", "\uFEFFcity\tindicator\tvalue\r\nАлматы\thlt.02\t79,85\r\nӨскемен\thlt.02\t12\r\n"
                .getBytes(StandardCharsets.UTF_16LE));

        CityData data = check(file).orElseThrow();

        assertNoErrors(problems);
        assertThat(data.cities()).extracting(City::name).containsExactly("Алматы", "Өскемен");
        assertThat(data.city("Өскемен").orElseThrow().value("hlt.02").orElseThrow().at().line()).isEqualTo(3);
    }

    @Test
    void whenADecimalCommaSplitsAValueInACommaFile_thenTheErrorSaysExactlyWhatToWrite() throws IOException {
        Path file = write("comma.csv", "city,indicator,value\nAlmaty,hlt.02,79,85\n".getBytes(StandardCharsets.UTF_8));

        check(file);

        assertHasError(problems, file, 2, "row has 4 cells; the header has 3", "`79,85` looks like a number with a decimal"
                + " comma", "write 79.85", "\"79,85\"", "`;` between cells");
    }

    @Test
    void whenADecimalCommaSplitsAValueIntoTheNoteColumn_thenItIsNotReadSilently() throws IOException {
        Path file = write("note.csv", "city,indicator,value,note\nAlmaty,hlt.02,79,85\n".getBytes(StandardCharsets.UTF_8));

        check(file);

        assertThat(render(problems.warnings())).contains("note.csv:2:1: warning: value `79` is followed by `85`",
                "write 79.85");
    }

    @Test
    void whenADecimalCommaSplitsAValueInTheWideForm_thenTheErrorSaysWhatToWrite() throws IOException {
        Path file = write("wide.csv", "city,hlt.02,edu.01\nAlmaty,79,85,50\n".getBytes(StandardCharsets.UTF_8));

        check(file);

        assertHasError(problems, file, 2, "row has 4 cells; the header has 3", "`79,85`", "write 79.85");
    }

    @Test
    void whenSemicolonsAndDecimalCommasComeFromExcel_thenTheyReadAsTheSameNumbers() throws IOException {
        Path file = write("excel.csv", "\uFEFFcity;indicator;value\r\nAlmaty;hlt.02;\"79,85\"\r\nAlmaty;hlt.03;18,5\r\n"
                .getBytes(StandardCharsets.UTF_8));

        CityData data = check(file).orElseThrow();

        assertNoErrors(problems);
        assertThat(data.city("Almaty").orElseThrow().value("hlt.02").orElseThrow().number()).isEqualByComparingTo("79.85");
        assertThat(data.city("Almaty").orElseThrow().value("hlt.03").orElseThrow().number()).isEqualByComparingTo("18.5");
    }

    @Test
    void whenAValueIsAbsurdlyLong_thenItIsAnErrorThatQuotesOnlyItsStart() throws IOException {
        Path file = write("long.csv", ("city,indicator,value\nAlmaty,hlt.03," + "9".repeat(100_000) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        check(file);

        assertHasError(problems, file, 2, "100000 characters", "too long");
        assertThat(render(problems.sorted()).length()).isLessThan(1000);
    }
}
