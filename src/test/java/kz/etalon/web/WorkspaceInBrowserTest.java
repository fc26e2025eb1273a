package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.etalon.account.Role;
import kz.etalon.app.Bundled;
import kz.etalon.problem.Location;
import kz.etalon.report.html.Chromium;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web workspace in real headless Chromium, as an analyst uses it: log in, upload a workbook with a
 * bad cell and see that cell named, upload the corrected one, open the ranking and a city card's
 * explanation, compare kz-2018 with kz-2019, switch to Russian and download the report. No page may
 * log a console error or ask any host but the server. Screenshots go to target/browser-check/web-*.png.
 * Tagged {@code browser}: {@code .ci/run} installs Chromium and runs it, and there it must pass.
 */
@Tag("browser")
class WorkspaceInBrowserTest {


    @TempDir
    Path dir;

    @Test
    void anAnalystUploadsCorrectsEvaluatesExplainsComparesAndDownloadsInTheBrowser() throws Exception {
        Path chromium = Chromium.find().orElse(null);
        if (chromium == null) {
            fail("no chromium on the PATH: `apt-get install -y chromium` (.ci/run does it), or set CHROMIUM to its path");
        }
        Files.createDirectories(BrowserTab.OUT);
        Workbooks workbooks = Workbooks.make(dir);
        try (WebRun web = WebRun.withUsers(dir, Map.of("aigerim", Role.ANALYST));
             Chromium browser = Chromium.start(chromium)) {
            BrowserTab tab = new BrowserTab(browser, web.base().toString(), dir.resolve("downloads"));

            tab.go("/");
            assertThat(tab.url()).contains("/login");
            tab.type("input[name=name]", "aigerim");
            tab.type("input[name=password]", WebRun.password("aigerim"));
            tab.submit("form[action='/login']");
            assertThat(tab.text("main")).contains("kz-2019");
            tab.screenshot("web-home");

            tab.go("/data");
            tab.upload("#upload", "kz-2019", workbooks.broken());
            tab.waitFor("document.querySelector('.problems') !== null", "the problems of the broken workbook");
            assertThat(tab.text(".problems")).contains(workbooks.brokenCell());
            tab.screenshot("web-upload-error");
            assertThat(Files.exists(web.workspace().resolve("data/uploads")) ? Files.list(web.workspace().resolve("data/uploads"))
                    .filter(f -> f.toString().endsWith(".xlsx")).count() : 0).as("nothing stored").isZero();

            tab.upload("#upload", "kz-2019", workbooks.corrected());
            tab.waitFor("document.querySelector('[data-stored]') !== null", "the stored upload");
            tab.click("[data-stored] a[href*='/results']");
            tab.waitFor("document.querySelectorAll('#ranking tbody tr').length === 17", "17 cities in the ranking");
            tab.screenshot("web-results");

            tab.click("#ranking tbody tr:first-child a[href*='/results/city']");
            tab.waitFor("document.querySelector('#explanation') !== null", "the city card's explanation");
            String explanation = tab.text("#explanation");
            assertThat(explanation).contains("kz-2019.yaml");
            tab.screenshot("web-city");

            tab.go("/compare?before=kz-2018&after=kz-2019");
            tab.waitFor("document.querySelectorAll('#movement tbody tr').length > 0", "the movement table");
            tab.screenshot("web-compare");

            tab.click("a[data-language=ru]");
            assertThat(tab.evaluate("JSON.stringify(document.documentElement.lang)").asText()).isEqualTo("ru");
            tab.go("/results?standard=kz-2019&data=kz-2019-cities.csv");
            assertThat(tab.text("header")).contains("Результаты");
            Path report = tab.download("a[href*='/results/download/html']");
            assertThat(Files.readString(report)).contains("<html lang=\"ru\"");
            tab.screenshot("web-results-ru");

            assertThat(tab.problems()).as("console errors and requests to other hosts").isEmpty();
        }
    }

    /** The bundled data as a filled template, once with a cell made "maybe" and once as it is. */
    private record Workbooks(Path broken, Path corrected, String brokenCell) {

        static Workbooks make(Path dir) throws Exception {
            byte[] filled = Bundled.app().template("kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en").workbook();
            Path corrected = dir.resolve("cities-2019.xlsx");
            Files.write(corrected, filled);
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
                Sheet sheet = workbook.getSheet("Data");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.NUMERIC) {
                            cell.setCellValue("maybe");
                            String where = Location.cell(null, sheet.getSheetName(), row.getRowNum() + 1, cell.getColumnIndex() + 1)
                                    .cell();
                            Path broken = dir.resolve("cities-2019-broken.xlsx");
                            try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                                workbook.write(out);
                                Files.write(broken, out.toByteArray());
                            }
                            return new Workbooks(broken, corrected, where);
                        }
                    }
                }
            }
            throw new AssertionError("no number in the filled template");
        }
    }
}
