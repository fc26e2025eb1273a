package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.problem.Problem;
import kz.etalon.sheet.Workbooks;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadingTest {

    @TempDir
    Path dir;

    @Test
    void anUploadIsCheckedAsValidateChecksIt_itsProblemsNamingTheFileAsItWasSent() throws IOException {
        Path file = dir.resolve("received-3f2a.csv");
        // two cities; Aktobe's value of the yes/no indicator ctm.03 on line 4 is not yes or no
        Files.writeString(file, "city,indicator,value\nAlmaty,ctm.03,yes\nAktobe,ctm.01,50\nAktobe,ctm.03,perhaps\n");

        Uploading.Checked checked = Bundled.app().checkUpload("kz-2019", file, "my cities.csv");
        List<Problem> validated = Bundled.app().validate("kz-2019", List.of(file));

        assertThat(checked.valid()).isFalse();
        assertThat(checked.problems()).extracting(Problem::message).isEqualTo(validated.stream().map(Problem::message).toList());
        assertThat(checked.problems()).extracting(problem -> problem.where().toString())
                .contains("my cities.csv:4:1").allMatch(where -> where.startsWith("my cities.csv"));
        assertThat(checked.cities()).containsExactly("Almaty", "Aktobe");
    }

    @Test
    void aWorkbookThatIsNoneHasTheReadersProblemAndNoCities() throws IOException {
        Path file = dir.resolve("received.xlsx");
        Files.writeString(file, "city,indicator,value\n");
        Uploading.Checked checked = Bundled.app().checkUpload("kz-2019", file, "cities.xlsx");
        assertThat(checked.valid()).isFalse();
        assertThat(checked.cities()).isEmpty();
        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where().toString()).isEqualTo("cities.xlsx");
            assertThat(problem.message()).startsWith("not an Excel workbook (.xlsx), or a damaged one");
        });
    }

    @Test
    void anUploadedTemplateWithoutOneOfItsCitiesSaysWhichOne() throws IOException {
        Path file = dir.resolve("received.xlsx");
        Files.write(file, Bundled.app().template("kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "ru").workbook());
        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Workbooks.deleteColumn(workbook.getSheetAt(1), "Almaty");
            Workbooks.save(workbook, file);
        }

        Uploading.Checked checked = Bundled.app().checkUpload("kz-2019", file, "cities.xlsx");

        assertThat(checked.valid()).isTrue();
        assertThat(checked.cities()).hasSize(16).doesNotContain("Almaty");
        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.where().toString()).isEqualTo("cities.xlsx");
            assertThat(problem.message()).startsWith("the workbook was made for 17 cities, but Almaty has no column in it");
        });
    }

    @Test
    void theBundledDataIsValidAndNamesItsSeventeenCities() {
        Uploading.Checked checked = Bundled.app().checkUpload("kz-2019", Path.of("data/kz-2019-cities.csv"), "kz-2019-cities.csv");
        assertThat(checked.valid()).as("%s", checked.problems()).isTrue();
        assertThat(checked.cities()).hasSize(17).startsWith("Nur-Sultan", "Almaty").endsWith("Turkestan");
    }

    @Test
    void aFileNamingMoreCitiesThanADataSetHoldsIsRefusedAsPastTheLimit_withItsCount() throws IOException {
        StringBuilder csv = new StringBuilder("city,indicator,value\n");
        for (int city = 1; city <= kz.etalon.city.DataLimit.CITIES.most() + 1; city++) {
            csv.append("Town ").append(city).append(",ctm.01,50\n");
        }
        Path file = dir.resolve("towns.csv");
        Files.writeString(file, csv);

        Uploading.Checked checked = Bundled.app().checkUpload("kz-2019", file, "towns.csv");

        assertThat(checked.valid()).isFalse();
        assertThat(checked.exceeded()).contains(new Uploading.Exceeded("cities", 1_000));
        assertThat(checked.problems()).singleElement().asString()
                .startsWith("towns.csv: error: the file names 1,001 cities; a data set holds at most 1,000");
    }
}
