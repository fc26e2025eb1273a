package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.etalon.standard.Standard;
import kz.etalon.standard.StandardReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a Russian or Kazakh reader sees holds no English word: every output of every command under
 * {@code --lang ru} and {@code --lang kk}, the HTML report, and the cells of both workbooks, checked word
 * by word against the words of the English bundle and common English words. Only ids (group, area and
 * indicator ids, YAML keys, file names, commands in backticks), city names and proper names may be Latin.
 */
class ReadersLanguageTest {

    /** Words a leftover English label would most likely show, beyond those of the English bundle. */
    private static final Set<String> COMMON_ENGLISH = Set.of("yes", "no", "true", "false", "days", "day", "hours",
            "minutes", "points", "point", "rank", "ranks", "score", "index", "city", "cities", "group", "groups", "area",
            "areas", "indicator", "indicators", "share", "target", "total", "average", "band", "bands", "rule", "rules",
            "missing", "per", "of", "the", "and", "to", "in", "from", "with", "under", "by", "or", "is", "not", "none",
            "up", "down", "higher", "lower", "better", "step", "cost", "name", "value", "percent", "runs", "seed",
            "median", "edge", "distance", "change", "changes", "added", "removed", "renamed", "moved", "method", "factor",
            "scale", "rounding", "decimals", "residents", "pupils", "year", "stations", "subscriptions", "households",
            "containers", "classrooms", "machines", "streets", "retail", "trade", "zero", "exclude", "error", "half",
            "even", "ceiling", "floor", "goal", "plan", "data", "standard", "weighted", "rounded", "left", "out",
            "only", "new", "old", "more", "than", "now", "place", "places", "source", "order", "ministry", "smart");
    /** Names of products and formats, written the same in every language. */
    private static final Set<String> PROPER_NAMES = Set.of("etalon", "excel", "csv", "xlsx", "html", "json", "yaml",
            "drl", "wi", "fi", "gps", "sms", "scada", "qr", "bim", "lte", "gis", "ict", "it", "k", "s", "x", "d", "a");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CODE = Pattern.compile("`[^`]*`");
    /** ids and file names: ctm.01, yes_no, kz-2019, ranking.tie_break, data/kz-2019-cities.csv, --all (not yes/no) */
    private static final Pattern ID_OR_PATH = Pattern.compile(
            "(--[a-z-]+|[\\w.-]*(?:/[\\w.-]+)+\\.[a-z]+\\b|[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)+)");

    /** Chemical formulas and codes in indicator names, written the same in every language: NO2, SO2, PM10. */
    private static final Pattern FORMULA = Pattern.compile("\\b[A-Z]+[0-9]+[A-Za-z0-9.]*\\b");

    @TempDir
    static Path dir;

    private static Set<String> english;
    private static Set<String> allowed;

    @BeforeAll
    static void readTheVocabularies() throws IOException {
        english = new HashSet<>(COMMON_ENGLISH);
        Properties bundle = new Properties();
        try (InputStream in = ReadersLanguageTest.class.getResourceAsStream("/kz/etalon/i18n/messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        bundle.values().forEach(text -> words(String.valueOf(text)).forEach(english::add));
        allowed = new HashSet<>(PROPER_NAMES);
        for (String id : List.of("kz-2018", "kz-2019", "kz-2026")) {
            Standard standard = StandardReader.readOrThrow(Path.of("standards", id + ".yaml"));
            standard.groups().forEach(group -> {
                allowed.add(group.id().toLowerCase(Locale.ROOT));
                allowed.add(group.factor().toLowerCase(Locale.ROOT));
            });
            standard.areas().forEach(area -> allowed.add(area.id().toLowerCase(Locale.ROOT)));
            standard.rules().forEach(folder -> allowed.add(folder.name()));
        }
        for (String file : List.of("data/kz-2018-cities.csv", "data/kz-2019-cities.csv")) {
            Files.readAllLines(Path.of(file)).stream().skip(1).map(line -> line.split(",")[0])
                    .forEach(city -> words(city).forEach(allowed::add));
        }
        allowed.removeAll(COMMON_ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theRankingTheFragileResultsAndAnExplanationAreInTheReadersLanguage(String lang) {
        assertNoEnglish(lang, "evaluate", "--lang", lang);
        assertNoEnglish(lang, "evaluate", "--lang", lang, "--fragile", "2");
        assertNoEnglish(lang, "evaluate", "--lang", lang, "--explain", "Almaty");
        assertNoEnglish(lang, "evaluate", "--lang", lang, "--standard", "kz-2018", "--explain", "Aktau");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theExplanationAndTheWorkbookOfAStandardOfAnyShapeAreInTheReadersLanguage(String lang) throws IOException {
        Path example = Files.writeString(dir.resolve("u4ssc-example-" + lang + ".csv"),
                "city,indicator,value\nАктау,SC.EH.ED.1C,3\nАктау,SC.EH.ED.2C,4\nАктау,SC.EH.ED.3C,2\n");
        Path kpis = Files.writeString(dir.resolve("u4ssc-2017-" + lang + ".csv"),
                "city,indicator,value\nАктау,EC.ICT.ICT.2C,45\nАктау,SC.EH.ED.1C,90\n");
        assertNoEnglish(lang, "evaluate", "--standard", "u4ssc-example", "--cities", example.toString(), "--explain", "Актау",
                "--lang", lang);
        assertNoEnglish(lang, "evaluate", "--standard", "u4ssc-2017", "--cities", kpis.toString(), "--explain", "Актау",
                "--lang", lang);
        Path results = dir.resolve("u4ssc-results-" + lang + ".xlsx");
        assertThat(CliRun.of("evaluate", "--standard", "u4ssc-2017", "--cities", kpis.toString(), "--format", "xlsx",
                "--lang", lang, "--out", results.toString()).exitCode()).isZero();
        assertThat(englishWords(cells(results))).as("English words in %s", results.getFileName()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void compareDiffWhatIfAndSensitivityAreInTheReadersLanguage(String lang) {
        assertNoEnglish(lang, "compare", "--standard", "kz-2018", "--standard", "kz-2019", "--cities",
                "data/kz-2018-cities.csv", "--cities", "data/kz-2019-cities.csv", "--all", "--lang", lang);
        assertNoEnglish(lang, "diff", "kz-2018", "kz-2019", "--lang", lang);
        assertNoEnglish(lang, "diff", "kz-2019", "kz-2026", "--lang", lang);
        assertNoEnglish(lang, "whatif", "--city", "Aktau", "--lang", lang);
        assertNoEnglish(lang, "whatif", "--city", "Almaty", "--goal", "rank:1", "--lang", lang);
        assertNoEnglish(lang, "sensitivity", "--runs", "5", "--rounding", "half_up,floor", "--missing", "zero,exclude",
                "--factor", "K2=1.5,2", "--standard", "kz-2018", "--standard", "kz-2019", "--lang", lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theHtmlReportWithComparisonAndSensitivityIsInTheReadersLanguage(String lang) throws IOException {
        Path report = dir.resolve("report-" + lang + ".html");
        CliRun run = CliRun.of("report", "--standard", "kz-2018", "--standard", "kz-2019", "--cities",
                "data/kz-2018-cities.csv", "--cities", "data/kz-2019-cities.csv", "--sensitivity", "5", "--lang", lang,
                "--out", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report);
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
                .replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        assertThat(englishWords(text)).as("English words in the %s report", lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theTemplateAndTheResultsWorkbookAreInTheReadersLanguage(String lang) throws IOException {
        Path template = dir.resolve("template-" + lang + ".xlsx");
        Path results = dir.resolve("results-" + lang + ".xlsx");
        assertThat(CliRun.of("template", "--lang", lang, "--out", template.toString()).exitCode()).isZero();
        assertThat(CliRun.of("evaluate", "--format", "xlsx", "--lang", lang, "--out", results.toString()).exitCode())
                .isZero();
        for (Path workbook : List.of(template, results)) {
            assertThat(englishWords(cells(workbook))).as("English words in %s", workbook.getFileName()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void theUserCommandsAreInTheReadersLanguage(String lang) throws IOException {
        String workspace = Files.createDirectories(dir.resolve("users-" + lang)).toString();
        java.io.InputStream stdin = System.in;
        try {
            for (String[] args : List.of(
                    new String[] {"user", "add", "aigul", "--role", "analyst", "--city", "Актау", "--password-stdin"},
                    new String[] {"user", "add", "berik", "--role", "admin", "--password-stdin"},
                    new String[] {"user", "passwd", "aigul", "--password-stdin"},
                    new String[] {"user", "list"},
                    new String[] {"user", "remove", "aigul"},
                    new String[] {"user", "remove", "berik"},
                    new String[] {"user", "list"})) {
                System.setIn(new java.io.ByteArrayInputStream("a long enough secret\n".getBytes(StandardCharsets.UTF_8)));
                List<String> full = new ArrayList<>(List.of(args));
                full.addAll(List.of("--workspace", workspace, "--lang", lang));
                assertNoEnglish(lang, full.toArray(String[]::new));
            }
        } finally {
            System.setIn(stdin);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "kk"})
    void backupAndRestoreAreInTheReadersLanguage(String lang) throws IOException {
        Path workspace = kz.etalon.app.CopiedWorkspace.in(Files.createDirectories(dir.resolve("backup-" + lang)));
        String archive = dir.resolve("backup-" + lang + ".zip").toString();
        assertNoEnglish(lang, "backup", "--workspace", workspace.toString(), "--out", archive, "--lang", lang);
        assertNoEnglish(lang, "restore", archive, "--workspace", dir.resolve("restored-" + lang).toString(), "--lang", lang);
    }

    @ParameterizedTest
    @ValueSource(strings = {"share, % (%)", "yes/no ()", "target 50 (Mbit/s)", "Rank City Score", "17 cities from"})
    void theCheckFindsTheEnglishThatUsedToShow(String leftover) {
        assertThat(englishWords("Рейтинг: " + leftover)).isNotEmpty();
    }

    private static void assertNoEnglish(String lang, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        assertThat(englishWords(run.out())).as("English words in `%s` (%s)", String.join(" ", args), lang).isEmpty();
    }

    /** The English words of {@code text}, each with the line it is on. */
    private static Set<String> englishWords(String text) {
        Set<String> found = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.strip().startsWith("./etalon ")) {
                continue; // a command to type, as the template shows it
            }
            String prose = FORMULA.matcher(ID_OR_PATH.matcher(CODE.matcher(line).replaceAll(" ")).replaceAll(" "))
                    .replaceAll(" ");
            for (String word : words(prose)) {
                if (word.length() > 1 && english.contains(word) && !allowed.contains(word)) {
                    found.add(word + "  in: " + line.strip());
                }
            }
        }
        return found;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = LATIN_WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Every text a reader sees in a workbook: sheet names, string cells, drop-down prompts and error boxes. */
    private static String cells(Path file) throws IOException {
        StringBuilder text = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            text.append(cell.getStringCellValue()).append('\n');
                        }
                    }
                }
                for (DataValidation validation : sheet.getDataValidations()) {
                    Stream.of(validation.getPromptBoxTitle(), validation.getPromptBoxText(), validation.getErrorBoxTitle(),
                            validation.getErrorBoxText()).filter(t -> t != null).forEach(t -> text.append(t).append('\n'));
                    String[] list = validation.getValidationConstraint().getExplicitListValues();
                    if (list != null) {
                        text.append(String.join(" ", list)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
