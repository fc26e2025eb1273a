package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    @Test
    void withNoOptions_thenTheSeventeenCitiesOfKz2019AreRanked() {
        CliRun run = CliRun.of("evaluate");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("kz-2019", "17 cities");
        List<String> rows = run.out().lines().filter(line -> line.matches("\\s*\\d+  \\S.*")).toList();
        assertThat(rows).hasSize(17);
        assertThat(rows.get(0)).contains("Nur-Sultan");
        assertThat(rows.get(16)).contains("Aktau");
    }

    @Test
    void whenJsonIsAskedFor_thenItHasTheKeysOfDesignSectionSix() throws Exception {
        CliRun run = CliRun.of("evaluate", "--format", "json");

        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("standard").asText()).isEqualTo("kz-2019");
        assertThat(root.get("warnings").isArray()).isTrue();
        JsonNode almaty = root.get("cities").get(1);
        assertThat(almaty.get("city").asText()).isEqualTo("Almaty");
        assertThat(Stream.of("city", "rank", "score", "points", "index", "groups", "areas", "indicators"))
                .allMatch(almaty::has);
        assertThat(Stream.of("id", "average", "points", "factor", "weighted")).allMatch(almaty.get("groups").get(0)::has);
        assertThat(Stream.of("id", "average", "scored", "missing")).allMatch(almaty.get("areas").get(0)::has);
        JsonNode indicator = almaty.get("indicators").get(0);
        assertThat(Stream.of("id", "value", "percent", "rule")).allMatch(indicator::has);
        assertThat(indicator.get("rule").asText()).startsWith("percent: ");
        assertThat(almaty.get("rank").asInt()).isEqualTo(2);
        assertThat(almaty.get("areas").get(0).get("average").asDouble()).isEqualTo(95.4, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void whenRunTwice_thenEveryFormatIsByteIdentical() {
        for (String format : List.of("table", "json", "csv")) {
            assertThat(CliRun.of("evaluate", "--format", format).out()).isEqualTo(CliRun.of("evaluate", "--format", format).out());
        }
        assertThat(CliRun.of("evaluate", "--explain", "Almaty").out()).isEqualTo(CliRun.of("evaluate", "--explain", "Almaty").out());
    }

    @Test
    void whenACityIsExplained_thenTheChainNamesRulesAndYamlLines() {
        CliRun run = CliRun.of("evaluate", "--explain", "almaty");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Almaty: rank 2 of 17", "rule \"percent: yes_no\"", "rule \"mean of the items\"",
                "rule \"round on the band table's grid\"", "rule \"band points\"",
                "rule \"correction factor\"", "rule \"total score\"", "rule \"index\"",
                "standards/kz-2019.yaml:42", "band 61..80 -> 4 points (standards/kz-2019.yaml:28)", "= 18 points");
    }

    @Test
    void whenTheLanguageIsRussian_thenNamesAreInRussian() {
        assertThat(CliRun.of("evaluate", "--explain", "Almaty", "--lang", "ru").out()).contains("Здравоохранение");
        assertThat(CliRun.of("evaluate", "--lang", "kk").out()).contains("Қоғамдық өмірдің басым салалары");
    }

    @Test
    void whenOutIsGiven_thenTheFileHoldsExactlyWhatWouldHaveBeenPrinted() throws Exception {
        Path out = dir.resolve("results.csv");

        CliRun run = CliRun.of("evaluate", "--format", "csv", "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(CliRun.of("evaluate", "--format", "csv").out());
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void whenTheRunFails_thenAnExistingOutputFileIsLeftAsItWas() throws Exception {
        Path cities = Files.writeString(dir.resolve("bad.csv"), "city,indicator,value\nAlmaty,hlt.01,maybe\n");
        Path out = Files.writeString(dir.resolve("results.json"), "previous results");

        CliRun run = CliRun.of("evaluate", "--cities", cities.toString(), "--format", "json", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("bad.csv:2:1: error:", "`maybe`");
        assertThat(run.hasStackTrace()).isFalse();
        assertThat(Files.readString(out)).isEqualTo("previous results");
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(cities, out);
    }

    @Test
    void whenTheCityToExplainIsUnknown_thenTheErrorListsTheCities() {
        CliRun run = CliRun.of("evaluate", "--explain", "Atlantis");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no city `Atlantis`", "Almaty");
    }

    @Test
    void whenTheStandardIdIsUnknown_thenTheErrorListsTheKnownOnes() {
        CliRun run = CliRun.of("evaluate", "--standard", "kz-2077");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no standard `kz-2077`", "kz-2019");
    }

    @Test
    void whenAnOptionIsUnknown_thenItIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("evaluate", "--formt", "json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void whenAStandardAddsAnIndicatorNoCityHasYet_thenItIsWarnedOfOnceForAllTheCities() throws Exception {
        // next year's standard: the 2026 draft with one indicator more, evaluated on 2019's data
        String draft = Files.readString(Path.of("standards/kz-2026.yaml")).replaceFirst("(?m)^id: kz-2026$", "id: kz-2027")
                .replaceFirst("(?m)^(\\s+)# from 2019 area scy \\(9\\)\\n", "$0$1- {id: scy.99, method: yes_no,"
                        + " name: {en: \"Drones\", ru: \"Дроны\", kk: \"Дрондар\"}, provenance: illustrative}\n");
        assertThat(draft).contains("scy.99");
        Path standard = dir.resolve("kz-2027.yaml");
        Files.writeString(standard, draft);

        CliRun run = CliRun.of("evaluate", "--standard", standard.toString(), "--cities", "data/kz-2019-cities.csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> about = run.err().lines().filter(line -> line.contains("scy.99")).toList();
        assertThat(about).containsExactly("warning: scy.99 has no value in all 17 cities; counted as 0 (missing: zero)");
    }

    @Test
    void whenTheReadersLanguageHasACitysName_thenItIsShown_andTheIdStaysInJsonAndEnglish() throws Exception {
        CliRun ru = CliRun.of("evaluate", "--lang", "ru");
        CliRun kk = CliRun.of("evaluate", "--lang", "kk");
        CliRun en = CliRun.of("evaluate");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("evaluate", "--format", "json").out());

        assertThat(ru.out()).contains("1  Нур-Султан", "Усть-Каменогорск", "Петропавловск").doesNotContain("Almaty");
        assertThat(kk.out()).contains("1  Нұр-Сұлтан", "Өскемен", "Орал", "Қарағанды").doesNotContain("Uralsk");
        assertThat(en.out()).contains("1  Nur-Sultan", "Ust-Kamenogorsk").doesNotContain("Нур-Султан");
        JsonNode first = json.get("cities").get(0);
        assertThat(first.get("city").asText()).isEqualTo("Nur-Sultan");
        assertThat(first.get("names").get("ru").asText()).isEqualTo("Нур-Султан");
        assertThat(first.get("names").get("kk").asText()).isEqualTo("Нұр-Сұлтан");
    }

    @Test
    void aCityFileOfOnesOwnMayNameItsCitiesInOtherLanguages_inLongAndWideForm() throws Exception {
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "city,name_kk,ctm.01,ctm.03\nUralsk,Орал,50,yes\nAktau,,40,no\n");

        CliRun run = CliRun.of("evaluate", "--cities", wide.toString(), "--lang", "kk");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Орал", "Aktau").doesNotContain("Uralsk").doesNotContain("name_kk");
    }
}
