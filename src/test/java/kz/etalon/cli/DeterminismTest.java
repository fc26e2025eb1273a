package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs are byte-identical across runs and across the JVM's default locale (what LANG sets): a
 * Russian, Kazakh or German locale writes decimal commas if any formatting leans on it. JSON and CSV
 * always use `.`; --out writes a temporary file and moves it.
 */
class DeterminismTest {

    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("ru-RU"), Locale.forLanguageTag("kk-KZ"),
            Locale.GERMANY, Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("hi-IN-u-nu-deva"));
    private static final List<List<String>> COMMANDS = List.of(
            List.of("evaluate", "--format", "table"), List.of("evaluate", "--format", "json"),
            List.of("evaluate", "--format", "csv"), List.of("evaluate", "--explain", "Almaty", "--lang", "ru"),
            List.of("evaluate", "--standard", "src/test/resources/valid/tiny.yaml", "--cities",
                    "src/test/resources/valid/tiny-cities-semicolon.csv", "--format", "json"));

    private final Locale original = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(original);
    }

    @Test
    void whenTheDefaultLocaleUsesDecimalCommas_thenEveryOutputIsByteIdenticalToTheEnglishOne() {
        for (List<String> command : COMMANDS) {
            Locale.setDefault(Locale.US);
            String english = CliRun.of(command.toArray(String[]::new)).out();
            assertThat(english).isNotEmpty();
            for (Locale locale : LOCALES) {
                Locale.setDefault(locale);
                assertThat(CliRun.of(command.toArray(String[]::new)).out()).as("%s under %s", command, locale)
                        .isEqualTo(english);
            }
        }
    }

    @Test
    void whenTheLocaleIsRussian_thenJsonNumbersAreNumbersAndCsvCellsUseAPoint() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));

        String json = CliRun.of("evaluate", "--format", "json").out();
        String csv = CliRun.of("evaluate", "--format", "csv").out();

        JsonNode almaty = new ObjectMapper().readTree(json).get("cities").get(1);
        assertThat(almaty.get("index").isNumber()).isTrue();
        assertThat(almaty.get("groups").get(0).get("average").isNumber()).isTrue();
        assertThat(json).doesNotContainPattern("\\d,\\d");
        List<String> rows = csv.lines().toList();
        int columns = rows.get(0).split(",", -1).length;
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            assertThat(cells).as(row).hasSize(columns);
            Stream.of(cells).skip(2).filter(cell -> !cell.isEmpty())
                    .forEach(cell -> assertThat(cell).as(row).matches("-?\\d+(\\.\\d+)?(E-?\\d+)?"));
        }
    }

    @Test
    void whenOutIsWrittenTwice_thenTheFilesAreByteIdenticalAndNoTemporaryFileRemains() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        CliRun.of("evaluate", "--format", "json", "--out", first.toString());
        Locale.setDefault(Locale.forLanguageTag("kk-KZ"));
        CliRun.of("evaluate", "--format", "json", "--out", second.toString());

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(first, second);
        }
    }
}
