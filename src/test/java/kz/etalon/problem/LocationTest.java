package kz.etalon.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationTest {

    @Test
    void aTextFileKeepsFileLineColumn() {
        assertThat(new Location(Path.of("data/x.csv"), 14, 3)).hasToString("data/x.csv:14:3");
        assertThat(Location.of(Path.of("data/x.csv")).atLine(7)).hasToString("data/x.csv:7");
    }

    @Test
    void aSpreadsheetCellIsNamedAsExcelNamesIt() {
        assertThat(Location.cell(Path.of("cities.xlsx"), "Data", 14, 4)).hasToString("cities.xlsx:Data!D14");
        assertThat(Location.cell(Path.of("cities.xlsx"), "My data", 2, 28)).hasToString("cities.xlsx:'My data'!AB2");
        assertThat(Location.cell(Path.of("c.xlsx"), "Деректер", 1, 1)).hasToString("c.xlsx:Деректер!A1");
        assertThat(Location.cell(Path.of("c.xlsx"), "Data", 14, 4).line()).isEqualTo(14);
    }
}
