package kz.etalon.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text cells a spreadsheet could run as a formula are written as text. */
class SpreadsheetTextTest {

    @Test
    void whenATextStartsWithAFormulaCharacter_thenTheCsvCellStartsWithAQuoteMark() {
        assertThat(SpreadsheetText.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(SpreadsheetText.csvCell("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetText.csvCell("-1+2")).isEqualTo("'-1+2");
        assertThat(SpreadsheetText.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.csvCell("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetText.csvCell("\rx")).isEqualTo("\"'\rx\"");
    }

    @Test
    void whenATextIsPlain_thenTheCsvCellIsItAsItIs() {
        assertThat(SpreadsheetText.csvCell("Almaty")).isEqualTo("Almaty");
        assertThat(SpreadsheetText.csvCell("Nur-Sultan")).isEqualTo("Nur-Sultan");
        assertThat(SpreadsheetText.csvCell("a, b")).isEqualTo("\"a, b\"");
        assertThat(SpreadsheetText.csvCell("")).isEqualTo("");
    }
}
