package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.app.CopiedWorkspace;
import kz.etalon.app.RoundFixture;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundCommandTest {

    @TempDir
    Path dir;
    private Path home;

    @BeforeEach
    void workspace() {
        home = CopiedWorkspace.in(dir);
    }

    private CliRun run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--workspace";
        all[args.length + 1] = home.toString();
        return CliRun.of(all);
    }

    private void ok(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aWholeRoundFromTheCommandLine_openImportSubmitReturnApproveStatusExport() throws Exception {
        ok(run("round", "open", "kz-2020", "--standard", "kz-2019", "--year", "2020", "--city", "Aktau",
                "--city", "Taraz=erlan", "--deadline", "2999-03-31", "--as", "ministry"));
        assertThat(Files.readString(home.resolve("rounds/kz-2020/round.yaml"))).contains("- erlan");

        CliRun imported = run("round", "import", "kz-2020", "--city", "aktau", RoundFixture.oneCityFile(dir, "Aktau").toString(),
                "--as", "aigul");
        ok(imported);
        assertThat(imported.out()).isEqualTo("101 value(s) of Aktau imported into round kz-2020\n");
        ok(run("round", "submit", "kz-2020", "--city", "Aktau", "--as", "aigul"));
        CliRun returned = run("round", "return", "kz-2020", "--city", "Aktau", "--reason", "check ctm.01", "--as", "ministry");
        ok(returned);
        assertThat(returned.out()).isEqualTo("Aktau is returned in round kz-2020\n");
        ok(run("round", "submit", "kz-2020", "--city", "Aktau", "--as", "aigul"));
        ok(run("round", "approve", "kz-2020", "--city", "Aktau", "--as", "ministry"));

        CliRun status = run("round", "status", "kz-2020");
        ok(status);
        List<String> lines = status.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("round kz-2020: kz-2019, year 2020, deadline 2999-03-31; 1 of 2 cities approved"
                + " (results provisional)");
        assertThat(lines.get(2)).startsWith("city ").contains("state", "timeliness", "values", "explained", "open questions", "last step");
        assertThat(lines.get(3)).matches("Aktau  approved\\s+on-time\\s+101/101\\s+0\\s+0\\s+approved \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC by ministry");
        assertThat(lines.get(4)).matches("Taraz  not-started\\s+on-time\\s+0/101\\s+0\\s+0");

        JsonNode json = new ObjectMapper().readTree(run("round", "status", "kz-2020", "--format", "json").out());
        assertThat(json.get("approved").asInt()).isEqualTo(1);
        assertThat(json.get("provisional").asBoolean()).isTrue();
        assertThat(json.get("cities").get(0).get("state").asText()).isEqualTo("approved");
        assertThat(json.get("cities").get(1).get("given").asInt()).isZero();

        Path csv = dir.resolve("out.csv");
        CliRun exported = run("round", "export", "kz-2020", "--out", csv.toString());
        ok(exported);
        assertThat(exported.out()).contains("the approved values of 1 of 2 cities (provisional");
        List<String> bundledAktau = Files.readAllLines(Path.of("data/kz-2019-cities.csv")).stream()
                .filter(line -> line.startsWith("Aktau,"))
                .map(line -> String.join(",", java.util.Arrays.asList(line.split(",")).subList(0, 3))).toList();   // city, indicator, value
        List<String> exportedLines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(exportedLines.get(0)).isEqualTo("city,indicator,value,source,quality,comment");
        assertThat(exportedLines.subList(1, exportedLines.size())).hasSize(101)
                .allSatisfy(line -> assertThat(line).endsWith(",,,"))
                .extracting(line -> line.substring(0, line.length() - 3)).containsExactlyElementsOf(bundledAktau);

        Path xlsx = dir.resolve("out.xlsx");
        ok(run("round", "export", "kz-2020", "--out", xlsx.toString()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(101);
            String[] first = bundledAktau.get(0).split(",");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(first[1]);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(Double.parseDouble(first[2]));
        }

        CliRun ranked = CliRun.of("evaluate", "--standard", "kz-2019", "--cities", home.resolve("rounds/kz-2020/approved.csv").toString());
        ok(ranked);
        assertThat(ranked.out()).contains("Aktau").doesNotContain("Taraz");
    }

    @Test
    void eachStepIsALineOfTheAuditLog_byTheNameOfAs() {
        ok(run("round", "open", "kz-2020", "--standard", "kz-2019", "--year", "2020", "--city", "Aktau", "--as", "ministry"));
        ok(run("round", "import", "kz-2020", "--city", "aktau", RoundFixture.oneCityFile(dir, "Aktau").toString(), "--as", "aigul"));
        ok(run("round", "submit", "kz-2020", "--city", "Aktau", "--as", "aigul"));
        ok(run("round", "approve", "kz-2020", "--city", "Aktau", "--as", "ministry"));
        ok(run("round", "status", "kz-2020"));
        ok(run("round", "export", "kz-2020", "--out", dir.resolve("approved.csv").toString(), "--as", "vera"));

        List<kz.etalon.app.AuditEntry> entries = new kz.etalon.app.AuditLog(kz.etalon.app.Audit.file(home)).all();

        assertThat(entries).extracting(kz.etalon.app.AuditEntry::kind)
                .containsExactly("round.open", "round.import", "round.submit", "round.approve");
        assertThat(entries).extracting(kz.etalon.app.AuditEntry::user).containsExactly("ministry", "aigul", "aigul", "ministry");
        ok(run("round", "open", "kz-2021", "--standard", "kz-2019", "--year", "2021", "--city", "Aktau", "--city", "Taraz"));
        ok(run("round", "export", "kz-2021", "--out", dir.resolve("provisional.csv").toString(), "--as", "vera"));
        List<kz.etalon.app.AuditEntry> later = new kz.etalon.app.AuditLog(kz.etalon.app.Audit.file(home)).all();
        assertThat(later.get(later.size() - 1)).satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo("export.unpublished");
            assertThat(entry.user()).isEqualTo("vera");
        });
        assertThat(entries.get(1).target()).isEqualTo("kz-2020/Aktau");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.address()).isEqualTo("command line"));
    }

    @Test
    void stepsThatAreNotAllowedExitWith2AndWhatToDo_andChangeNothing() throws Exception {
        ok(run("round", "open", "kz-2020", "--standard", "kz-2019", "--year", "2020", "--city", "Aktau", "--city", "Taraz"));
        Path taraz = RoundFixture.oneCityFile(dir, "Taraz");
        Files.writeString(taraz, "Aktau,ctm.01,50\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        String logBefore = Files.readString(home.resolve("rounds/kz-2020/log.csv"));

        CliRun otherCity = run("round", "import", "kz-2020", "--city", "Taraz", taraz.toString());
        assertThat(otherCity.exitCode()).isEqualTo(2);
        assertThat(otherCity.err()).contains("Taraz-2020.csv:103:").contains("a row of Aktau, not of Taraz");
        assertThat(Files.exists(home.resolve("rounds/kz-2020/cities/Taraz.csv"))).isFalse();

        CliRun unexplained = run("round", "submit", "kz-2020", "--city", "Aktau");
        assertThat(unexplained.exitCode()).isEqualTo(2);
        assertThat(unexplained.err()).contains("Aktau, ctm.01: no value and no comment saying why")
                .contains("give the value, or explain in a comment");

        ok(run("round", "import", "kz-2020", "--city", "Aktau", RoundFixture.oneCityFile(dir, "Aktau").toString()));
        ok(run("round", "submit", "kz-2020", "--city", "Aktau"));
        ok(run("round", "approve", "kz-2020", "--city", "Aktau"));
        String approvedLog = Files.readString(home.resolve("rounds/kz-2020/log.csv"));
        CliRun intoApproved = run("round", "import", "kz-2020", "--city", "Aktau", RoundFixture.oneCityFile(dir, "Aktau").toString());
        assertThat(intoApproved.exitCode()).isEqualTo(2);
        assertThat(intoApproved.err()).contains("Aktau is approved in round kz-2020, so its values cannot be imported;"
                + " an administrator may reopen it with a reason");

        CliRun noReason = run("round", "return", "kz-2020", "--city", "Aktau");
        assertThat(noReason.exitCode()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason");
        CliRun unknown = run("round", "status", "kz-2030");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no round `kz-2030`; rounds: kz-2020");
        CliRun draft = run("round", "open", "x-2027", "--standard", "kz-2026", "--year", "2027", "--city", "Aktau");
        assertThat(draft.exitCode()).isEqualTo(2);
        assertThat(draft.err()).contains("kz-2026 is a draft");

        assertThat(Files.readString(home.resolve("rounds/kz-2020/log.csv"))).isEqualTo(approvedLog).isNotEqualTo(logBefore);
        for (CliRun run : List.of(otherCity, unexplained, intoApproved, noReason, unknown, draft)) {
            assertThat(run.hasStackTrace()).isFalse();
        }
    }
}
