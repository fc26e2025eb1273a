package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;
import kz.etalon.sheet.Workbooks;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook made by {@code template} for the 17 bundled cities, sent back with one city's column gone. */
class ReturnedTemplateTest {

    @TempDir
    Path dir;

    @Test
    void aCityWhoseColumnWasDeletedIsNamed_andUnderStrictNothingIsRanked() throws Exception {
        Path returned = returned(sheet -> Workbooks.deleteColumn(sheet, "Almaty"));
        String named = "the workbook was made for 17 cities, but Almaty has no column in it";

        CliRun validate = CliRun.of("validate", returned.toString());
        CliRun evaluate = CliRun.of("evaluate", "--cities", returned.toString());
        CliRun strictValidate = CliRun.of("validate", "--strict", returned.toString());
        CliRun strictEvaluate = CliRun.of("evaluate", "--strict", "--cities", returned.toString());

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.err()).contains(returned + ": warning: " + named);
        assertThat(validate.out()).contains("ok: 1 file valid (1 warning)");
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(evaluate.err()).contains("warning: " + named);
        assertThat(evaluate.out()).contains("16 cities from").doesNotContain("Almaty");
        assertThat(strictValidate.exitCode()).isEqualTo(2);
        assertThat(strictValidate.err()).contains(returned + ": error: " + named);
        assertThat(strictEvaluate.exitCode()).isEqualTo(2);
        assertThat(strictEvaluate.err()).contains("error: " + named);
        assertThat(strictEvaluate.out()).isEmpty();
    }

    @Test
    void aCityWhoseColumnWasEmptiedIsNamed_andUnderStrictNothingIsRanked() throws Exception {
        Path returned = returned(sheet -> Workbooks.emptyColumn(sheet, "Shymkent"));

        CliRun validate = CliRun.of("validate", returned.toString());
        CliRun strictEvaluate = CliRun.of("evaluate", "--strict", "--cities", returned.toString());

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.err()).contains("warning: the column of Shymkent is empty; Shymkent is left out")
                .doesNotContain("has no column");
        assertThat(strictEvaluate.exitCode()).isEqualTo(2);
        assertThat(strictEvaluate.err()).contains("error: the column of Shymkent is empty");
        assertThat(strictEvaluate.out()).isEmpty();
    }

    @Test
    void aWorkbookWithEveryCityItWasMadeForIsValidWithoutAWarning() throws Exception {
        Path returned = returned(sheet -> { });

        CliRun validate = CliRun.of("validate", "--strict", returned.toString());

        assertThat(validate.exitCode()).as(validate.err()).isZero();
        assertThat(validate.out()).isEqualTo("ok: 1 file valid" + System.lineSeparator());
    }

    @Test
    void theCitiesNamesInOtherLanguagesComeBackWithTheWorkbook() throws Exception {
        Path returned = returned(sheet -> { });

        CliRun kk = CliRun.of("evaluate", "--lang", "kk", "--cities", returned.toString());

        assertThat(kk.exitCode()).as(kk.err()).isZero();
        assertThat(kk.out()).contains("Нұр-Сұлтан", "Өскемен").doesNotContain("Nur-Sultan");
    }

    /** The template filled with the bundled values, then changed on its data sheet as an administration might. */
    private Path returned(Consumer<Sheet> change) throws Exception {
        Path made = dir.resolve("template.xlsx");
        CliRun template = CliRun.of("template", "--cities", "data/kz-2019-cities.csv", "--out", made.toString());
        assertThat(template.exitCode()).as(template.err()).isZero();
        Path returned = dir.resolve("returned.xlsx");
        try (XSSFWorkbook workbook = Workbooks.open(made)) {
            change.accept(workbook.getSheetAt(1));
            Workbooks.save(workbook, returned);
        }
        return returned;
    }
}
