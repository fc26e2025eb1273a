package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.etalon.account.Role;
import kz.etalon.app.Etalon;
import kz.etalon.app.Workspace;
import kz.etalon.problem.Problem;
import kz.etalon.standard.Indicator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data page over HTTP: uploads checked as {@code ./etalon validate} checks them and kept only when
 * valid and the uploader's, with nothing left behind otherwise; the template downloaded as a workbook.
 */
class DataPageTest {

    @TempDir
    static Path dir;
    static WebRun web;
    static byte[] bundled2019;

    @BeforeAll
    static void serve() throws IOException {
        web = WebRun.withUsers(dir, Map.of("ana", Role.ANALYST, "vera", Role.VIEWER, "aktau", Role.ANALYST),
                Map.of("aktau", "Aktau"));
        bundled2019 = Files.readAllBytes(web.workspace().resolve("data/kz-2019-cities.csv"));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void aValidCsvIsKeptUnderANameOfTheServersAndListedWithItsUploaderAndItsCities() throws IOException {
        WebRun.Client ana = web.loggedIn("ana");
        List<Path> before = stored();
        WebRun.Response answer = upload(ana, "kz-2019", "../../cities 2019.csv", bundled2019);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Path> added = added(before);
        assertThat(added).hasSize(2);
        Path kept = added.stream().filter(file -> file.toString().endsWith(".csv")).findFirst().orElseThrow();
        assertThat(kept.getParent()).isEqualTo(uploads());
        assertThat(kept.getFileName().toString()).matches("kz-2019-\\d{8}-\\d{6}-ana(-\\d+)?\\.csv");
        assertThat(Files.readAllBytes(kept)).isEqualTo(bundled2019);
        assertThat(uploads().resolve(kept.getFileName() + Uploads.NOTE)).exists();
        assertThat(answer.body()).contains("data-stored=\"" + kept.getFileName() + "\"");
        assertThat(answer.body()).contains(Page.link("/results", "standard", "kz-2019", "data",
                "uploads/" + kept.getFileName()).replace("&", "&amp;"));

        String page = ana.get("/data").body();
        String row = rowOf(page, "uploads/" + kept.getFileName());
        // kz-2019-cities.csv holds 17 cities, Nur-Sultan first and Turkestan last
        assertThat(row).contains("<td class=\"uploader\">ana</td>", "cities 2019.csv", "<span class=\"count\">17</span>",
                "Nur-Sultan", "Turkestan", "<code>kz-2019</code>");
        assertThat(web.client().get("/").status()).isIn(302, 303);
        assertThat(ana.get("/").body()).contains("uploads/" + kept.getFileName());
    }

    @Test
    void aValueChangedToMaybeIsRefusedWithItsLine_andNothingIsKept() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(web.workspace().resolve("data/kz-2019-cities.csv")));
        // line 4 of the file (line 1 is the header): Nur-Sultan's yes/no indicator ctm.03
        assertThat(lines.get(3)).isEqualTo("Nur-Sultan,ctm.03,yes");
        lines.set(3, "Nur-Sultan,ctm.03,maybe");
        byte[] broken = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

        WebRun.Client ana = web.loggedIn("ana");
        List<Path> before = stored();
        WebRun.Response answer = upload(ana, "kz-2019", "cities-2019.csv", broken);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("<code>cities-2019.csv:4:1</code>", "`maybe` is not yes or no")
                .doesNotContain("data-stored");
        assertThat(added(before)).isEmpty();
        // the same problem, word for word, as ./etalon validate --standard kz-2019 gives for that file
        for (Problem problem : validate("kz-2019", "cities-2019.csv", broken)) {
            assertThat(answer.body()).contains(html(problem.message()));
        }
    }

    @Test
    void aWorkbookWithABadCellIsRefusedNamingTheSheetAndCell_andNothingIsKept() throws IOException {
        Etalon app = new Etalon(new Workspace(web.workspace(), web.workspace()));
        byte[] filled = app.template("kz-2019", Path.of("data/kz-2019-cities.csv"), List.of(), "en").workbook();
        byte[] broken;
        String cell;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
            Sheet data = workbook.getSheet("Data");
            int column = columnOf(data.getRow(0), "Almaty");
            Row row = rowOf(data, "ctm.01");
            row.getCell(column).setCellValue("a lot");
            cell = "Data!" + org.apache.poi.ss.util.CellReference.convertNumToColString(column) + (row.getRowNum() + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            broken = out.toByteArray();
        }
        // Almaty is the second city (column G, after five columns of the indicator), ctm.01 the first indicator (row 2)
        assertThat(cell).isEqualTo("Data!G2");

        WebRun.Client ana = web.loggedIn("ana");
        List<Path> before = stored();
        WebRun.Response answer = upload(ana, "kz-2019", "almaty.xlsx", broken);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("<code>almaty.xlsx:" + cell + "</code>", "`a lot`");
        assertThat(added(before)).isEmpty();
        for (Problem problem : validate("kz-2019", "almaty.xlsx", broken)) {
            assertThat(answer.body()).contains(html(problem.message()));
        }
    }

    @Test
    void aViewersUploadIsRefused_andNothingIsKept() {
        WebRun.Client vera = web.loggedIn("vera");
        assertThat(vera.get("/data").body()).doesNotContain("enctype=\"multipart/form-data\"").contains("/data/template");
        List<Path> before = stored();
        WebRun.Response answer = upload(vera, "kz-2019", "cities.csv", bundled2019);
        assertThat(answer.status()).isEqualTo(403);
        assertThat(added(before)).isEmpty();
    }

    @Test
    void anUploadWithoutTheFormsTokenIsRefused_andNothingIsKept() {
        WebRun.Client ana = web.loggedIn("ana");
        List<Path> before = stored();
        WebRun.Response answer = ana.upload("/data", "file", "cities.csv", bundled2019,
                Map.of("standard", "kz-2019", Gate.CSRF_FIELD, ""));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.body()).contains("The form has expired");
        assertThat(added(before)).isEmpty();
    }

    @Test
    void aCityUserMayNotUploadOtherCitiesData_butTheirOwnCitysIsKept() throws IOException {
        WebRun.Client aktau = web.loggedIn("aktau");
        assertThat(aktau.get("/data").body()).contains("<p class=\"quiet\" id=\"own-city\">Your account uploads data for Aktau only");
        assertThat(web.loggedIn("ana").get("/data").body()).doesNotContain("id=\"own-city\"");
        List<Path> before = stored();
        WebRun.Response all = upload(aktau, "kz-2019", "all.csv", bundled2019);

        assertThat(all.status()).isEqualTo(403);
        String refused = all.body().substring(all.body().indexOf("id=\"not-their-cities\""));
        refused = refused.substring(0, refused.indexOf("</ul>"));
        assertThat(refused).contains("<li class=\"error\">Almaty</li>", "<li class=\"error\">Turkestan</li>")
                .doesNotContain("Aktau");
        assertThat(refused.split("<li").length - 1).isEqualTo(16);
        assertThat(added(before)).isEmpty();

        List<String> lines = Files.readAllLines(web.workspace().resolve("data/kz-2019-cities.csv"));
        // another city's file with an error in it: refused for the city, before any word on its content
        byte[] brokenOther = (lines.get(0) + "\n" + lines.get(1) + "\nNur-Sultan,ctm.03,maybe\n").getBytes(StandardCharsets.UTF_8);
        WebRun.Response other = upload(aktau, "kz-2019", "other.csv", brokenOther);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("<li class=\"error\">Nur-Sultan</li>").doesNotContain("maybe");
        assertThat(added(before)).isEmpty();

        String ownCity = Stream.concat(Stream.of(lines.get(0)), lines.stream().filter(line -> line.startsWith("Aktau,")))
                .collect(Collectors.joining("\n", "", "\n"));
        WebRun.Response own = upload(aktau, "kz-2019", "aktau.csv", ownCity.getBytes(StandardCharsets.UTF_8));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(added(before)).hasSize(2).anySatisfy(file -> assertThat(file.toString()).endsWith("-aktau.csv"));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimit_andNothingIsKept_andTheServerServesOn() {
        WebRun.Client ana = web.loggedIn("ana");
        byte[] big = new byte[(int) (WebServer.UPLOAD_LIMIT_MB * 1024 * 1024) + 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        List<Path> before = stored();

        WebRun.Response answer = upload(ana, "kz-2019", "big.csv", big);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("at most " + WebServer.UPLOAD_LIMIT_MB + " MB").doesNotContain("incident");
        assertThat(added(before)).isEmpty();

        // a file under the limit in a request over it (a field padded out): refused as well
        byte[] half = java.util.Arrays.copyOf(big, big.length / 2 + 1024 * 1024);
        WebRun.Response padded = ana.upload("/data", "file", "half.csv", half,
                Map.of("standard", "kz-2019", "padding", "x".repeat(half.length)));
        assertThat(padded.status()).isEqualTo(413);
        assertThat(padded.body()).doesNotContain("incident");
        assertThat(added(before)).isEmpty();
        assertThat(ana.get("/data").status()).isEqualTo(200);
    }

    @Test
    void aProgramOrRandomBytesAreRefusedByNameAndByContent_andNothingIsKept() throws IOException {
        WebRun.Client ana = web.loggedIn("ana");
        byte[] program = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        List<Path> before = stored();

        WebRun.Response exe = upload(ana, "kz-2019", "setup.exe", program);
        assertThat(exe.status()).isEqualTo(422);
        assertThat(exe.body()).contains("Only CSV files and Excel workbooks are taken", "<code>setup.exe</code>");

        WebRun.Response bytes = upload(ana, "kz-2019", "cities.csv", random);
        assertThat(bytes.status()).isEqualTo(422);
        assertThat(bytes.body()).contains("not UTF-8 text");
        for (Problem problem : validate("kz-2019", "cities.csv", random)) {
            assertThat(bytes.body()).contains(html(problem.message()));
        }

        WebRun.Response notAWorkbook = upload(ana, "kz-2019", "cities.xlsx", random);
        assertThat(notAWorkbook.status()).isEqualTo(422);
        assertThat(notAWorkbook.body()).contains("not an Excel workbook (.xlsx), or a damaged one");
        assertThat(added(before)).isEmpty();
    }

    @Test
    void aZipBombNamedXlsxIsRefusedWithTheReadersLimit_andNothingIsKept() throws IOException {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(200 * 1024);
        WebRun.Client ana = web.loggedIn("ana");
        List<Path> before = stored();
        WebRun.Response answer = upload(ana, "kz-2019", "bomb.xlsx", bomb);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("<code>bomb.xlsx</code>", "the workbook unpacks to more than 64 MiB");
        for (Problem problem : validate("kz-2019", "bomb.xlsx", bomb)) {
            assertThat(answer.body()).contains(html(problem.message()));
        }
        assertThat(added(before)).isEmpty();
    }

    @Test
    void aFormWithoutAFileIsAnsweredWithWhatToDo() {
        WebRun.Client ana = web.loggedIn("ana");
        ana.get("/data");
        List<Path> before = stored();
        WebRun.Response answer = ana.post("/data", Map.of("standard", "kz-2019"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("No file was sent");
        assertThat(added(before)).isEmpty();
    }

    @Test
    void anHtmxUploadGetsTheOutcomeToShowInPlace_andWhenKeptTheNewListOfDataSets() {
        WebRun.Client ana = web.loggedIn("ana");
        WebRun.Response answer = ana.upload("/data", "file", "setup.exe", new byte[] {1, 2, 3},
                Map.of("standard", "kz-2019"), Map.of("HX-Request", "true"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().strip()).startsWith("<div class=\"upload-result").doesNotContain("<html", "id=\"data-sets\"");

        List<Path> before = stored();
        WebRun.Response kept = ana.upload("/data", "file", "cities.csv", bundled2019, Map.of("standard", "kz-2019"),
                Map.of("HX-Request", "true"));
        assertThat(kept.status()).isEqualTo(200);
        String name = added(before).stream().map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".csv"))
                .findFirst().orElseThrow();
        // the list of data sets comes along, to replace the page's own, with the new one in it
        assertThat(kept.body()).doesNotContain("<html").contains("id=\"data-sets\" hx-swap-oob=\"true\"",
                "<code>uploads/" + name + "</code>");
    }

    @Test
    void anUnknownStandardIsNotFound() {
        WebRun.Response answer = upload(web.loggedIn("ana"), "kz-1999", "cities.csv", bundled2019);
        assertThat(answer.status()).isEqualTo(404);
    }

    @Test
    void theTemplateIsAnExcelWorkbookWithEveryIndicatorOfTheStandard() throws IOException {
        WebRun.Download answer = web.loggedIn("vera").download("/data/template?standard=kz-2018&lang=ru");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).isEqualTo(DataPage.XLSX);
        assertThat(answer.header("Content-Disposition")).isEqualTo("attachment; filename=\"kz-2018-template-ru.xlsx\"");
        Etalon app = new Etalon(new Workspace(web.workspace(), web.workspace()));
        List<String> ids = app.standard("kz-2018").standard().indicators().map(Indicator::id).toList();
        assertThat(ids).hasSize(80);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.bytes()))) {
            Sheet data = workbook.getSheetAt(1);
            List<String> column = new ArrayList<>();
            for (int r = 1; r <= data.getLastRowNum(); r++) {
                column.add(data.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(column).isEqualTo(ids);
        }
    }

    @Test
    void theTemplateFilledFromADataSetHoldsItsValues() throws IOException {
        WebRun.Download answer = web.loggedIn("vera").download("/data/template?standard=kz-2019&fill=kz-2019-cities.csv&lang=en");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Disposition")).as("named after the data set it was filled from")
                .isEqualTo("attachment; filename=\"kz-2019-filled-kz-2019-cities-en.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.bytes()))) {
            Sheet data = workbook.getSheet("Data");
            // kz-2019-cities.csv line 2: Nur-Sultan,ctm.01,86.78
            Cell value = rowOf(data, "ctm.01").getCell(columnOf(data.getRow(0), "Nur-Sultan"));
            assertThat(value.getNumericCellValue()).isEqualTo(86.78);
        }
    }

    @Test
    void aTemplateOfAnUnknownStandardOrFilledFromAPathIsNotFound() {
        WebRun.Client vera = web.loggedIn("vera");
        assertThat(vera.get("/data/template?standard=kz-1999").status()).isEqualTo(404);
        assertThat(vera.get("/data/template?standard=kz-2019&fill=../../etc/passwd").status()).isEqualTo(404);
        assertThat(vera.get("/data/template?standard=kz-2019&lang=xx").status()).isEqualTo(404);
    }

    @Test
    void theDataPageListsTheBundledSetsWithTheirCities() {
        String page = web.loggedIn("vera").get("/data").body();
        assertThat(rowOf(page, "kz-2018-cities.csv")).contains("<code>kz-2018</code>", "<span class=\"count\">17</span>");
    }

    /** A workbook whose one sheet is a few kilobytes packed and 70 MiB unpacked. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 70; i++) {
                zip.write(spaces);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static WebRun.Response upload(WebRun.Client client, String standard, String name, byte[] content) {
        return client.upload("/data", "file", name, content, Map.of("standard", standard));
    }

    /** What {@code ./etalon validate --standard ID FILE} finds in {@code content} kept as {@code name}. */
    private static List<Problem> validate(String standard, String name, byte[] content) throws IOException {
        Path file = Files.createDirectories(dir.resolve("validate-" + System.nanoTime())).resolve(name);
        Files.write(file, content);
        List<Problem> problems = new Etalon(new Workspace(web.workspace(), web.workspace())).validate(standard, List.of(file));
        assertThat(problems).isNotEmpty();
        return problems;
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;").replace("'", "&#39;");
    }

    private static String rowOf(String page, String name) {
        int at = page.indexOf("<code>" + name + "</code>");
        assertThat(at).as("a row of " + name).isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static int columnOf(Row header, String name) {
        DataFormatter text = new DataFormatter();
        for (Cell cell : header) {
            if (text.formatCellValue(cell).equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row rowOf(Sheet sheet, String indicator) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && indicator.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + indicator);
    }

    private static Path uploads() {
        return web.workspace().resolve("data").resolve(Web.UPLOADS);
    }

    /** Every file under data/uploads, the folder of files being received included. */
    private static List<Path> stored() {
        if (!Files.isDirectory(uploads())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(uploads())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> added(List<Path> before) {
        return stored().stream().filter(file -> !before.contains(file)).toList();
    }
}
