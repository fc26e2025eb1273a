package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.etalon.history.Author;
import kz.etalon.history.Commit;
import kz.etalon.problem.InputException;
import kz.etalon.round.CityState;
import kz.etalon.round.CityValues;
import kz.etalon.round.EnteredValue;
import kz.etalon.round.Quality;
import kz.etalon.round.Round;
import kz.etalon.round.RoundFolder;
import kz.etalon.round.Step;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundsTest {

    private static final Author MINISTRY = Author.named("ministry");
    private static final Author AIGUL = Author.named("aigul");
    private static final Author BOLAT = Author.named("bolat");

    @TempDir
    Path dir;
    private Path home;
    private Etalon app;
    private Rounds rounds;

    @BeforeEach
    void workspace() {
        home = CopiedWorkspace.in(dir);
        app = CopiedWorkspace.app(home);
        rounds = app.rounds();
        rounds.open(RoundFixture.opening("kz-2020", LocalDate.of(2999, 3, 31), "Aktau", "Almaty", "Taraz"), MINISTRY);
    }

    private static EnteredValue value(String indicator, String value) {
        return new EnteredValue(indicator, value, "Statistics agency", Optional.of(Quality.MEASURED), "");
    }

    private RoundEdits.Outcome save(Author who, String city, EnteredValue value, String base) {
        return rounds.save("kz-2020", city, List.of(new RoundEdits.Edit(value, base)), who);
    }

    @Test
    void anOpenedRoundIsReadableYamlWithALogAndOneCommit_andReadsBackAsOpened() throws Exception {
        Round round = rounds.round("kz-2020");

        assertThat(round.standard()).isEqualTo("kz-2019");
        assertThat(round.year()).isEqualTo(2020);
        assertThat(round.deadline()).contains(LocalDate.of(2999, 3, 31));
        assertThat(round.cities()).extracting(c -> c.name()).containsExactly("Aktau", "Almaty", "Taraz");
        String yaml = Files.readString(home.resolve("rounds/kz-2020/round.yaml"));
        assertThat(yaml).contains("standard: kz-2019").contains("year: 2020").contains("- name: Aktau");
        assertThat(rounds.log("kz-2020")).singleElement().satisfies(step -> {
            assertThat(step.kind()).isEqualTo(Step.Kind.OPENED);
            assertThat(step.by()).isEqualTo("ministry");
        });
        List<Commit> commits = app.repository().log("rounds/kz-2020/round.yaml");
        assertThat(commits).hasSize(1);
        assertThat(commits.get(0).trailers()).containsEntry(RoundFolder.ROUND_TRAILER, "kz-2020").containsEntry("Etalon-Step", "opened");
        assertThat(rounds.ids()).containsExactly("kz-2020");
    }

    @Test
    void aRoundIsRefusedForADraftStandardAnUnsafeCityNameOrAnIdInUse() {
        Rounds.Opening draft = new Rounds.Opening("x-2027", "kz-2026", 2027, RoundFixture.opening("x", null, "Aktau").cities(),
                Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> rounds.open(draft, MINISTRY)).isInstanceOf(InputException.class).hasMessageContaining("is a draft");
        assertThatThrownBy(() -> rounds.open(RoundFixture.opening("y", null, "../etc"), MINISTRY))
                .hasMessageContaining("not a city name");
        assertThatThrownBy(() -> rounds.open(RoundFixture.opening("kz-2020", null, "Aktau"), MINISTRY))
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> rounds.open(RoundFixture.opening("../up", null, "Aktau"), MINISTRY))
                .hasMessageContaining("not a round id");
        assertThat(rounds.ids()).containsExactly("kz-2020");
    }

    @Test
    void valuesRoundTripWithSourceQualityAndAnyCommentText() {
        EnteredValue tricky = new EnteredValue("ctm.01", "86.5", "=HYPERLINK(\"http://x\"), \"quoted\"",
                Optional.of(Quality.ADMINISTRATIVE), "'first line\nsecond, with comma");
        EnteredValue explained = new EnteredValue("ctm.02", "", "", Optional.of(Quality.NOT_AVAILABLE), "not collected in 2020");

        RoundEdits.Outcome outcome = rounds.save("kz-2020", "Aktau",
                List.of(new RoundEdits.Edit(tricky, ""), new RoundEdits.Edit(explained, "")), AIGUL);

        assertThat(outcome.saved()).hasSize(2);
        assertThat(outcome.conflicts()).isEmpty();
        CityValues read = rounds.values("kz-2020", "aktau");
        assertThat(read.value("ctm.01")).contains(tricky);
        assertThat(read.value("ctm.02")).contains(explained);
        assertThat(read.valueOrEmpty("ctm.02").isExplained()).isTrue();
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.IN_PROGRESS);
        assertThat(app.repository().log("rounds/kz-2020/cities/Aktau.csv")).singleElement()
                .satisfies(commit -> assertThat(commit.author()).isEqualTo("aigul"));
    }

    @Test
    void aSecondEditorWhoseBaseIsStaleGetsAConflictWithBothValues_andNothingIsOverwritten() {
        save(AIGUL, "Aktau", value("ctm.01", "80"), "");
        String seenByBoth = rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();

        RoundEdits.Outcome first = save(AIGUL, "Aktau", value("ctm.01", "81"), seenByBoth);
        RoundEdits.Outcome second = save(BOLAT, "Aktau", value("ctm.01", "82"), seenByBoth);

        assertThat(first.saved()).hasSize(1);
        assertThat(second.saved()).isEmpty();
        assertThat(second.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.stored().value()).isEqualTo("81");
            assertThat(conflict.yours().value()).isEqualTo("82");
        });
        assertThat(rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").value()).isEqualTo("81");
    }

    @Test
    void twoEditorsOfDifferentValuesOfOneCityBothKeepTheirs() {
        save(AIGUL, "Aktau", value("ctm.01", "80"), "");
        save(BOLAT, "Aktau", value("ctm.02", "60"), "");

        CityValues values = rounds.values("kz-2020", "Aktau");
        assertThat(values.valueOrEmpty("ctm.01").value()).isEqualTo("80");
        assertThat(values.valueOrEmpty("ctm.02").value()).isEqualTo("60");
    }

    @Test
    void aValueOfTheWrongKindIsRefusedAtItsFieldAndNotStored() {
        RoundEdits.Outcome outcome = save(AIGUL, "Aktau", value("ctm.01", "150"), "");

        assertThat(outcome.saved()).isEmpty();
        assertThat(outcome.refused()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Aktau, ctm.01").contains("outside 0..100"));
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.NOT_STARTED);
    }

    @Test
    void aCityGoesFromNotStartedThroughSubmittedReturnedAndApprovedToReopened() {
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.NOT_STARTED);
        rounds.importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), AIGUL);
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.IN_PROGRESS);
        rounds.submit("kz-2020", "Aktau", AIGUL);
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.SUBMITTED);
        rounds.returnCity("kz-2020", "Aktau", "ctm.01 is far from last year: check it", MINISTRY);
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.RETURNED);
        String base = rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
        assertThat(save(AIGUL, "Aktau", value("ctm.01", "70"), base).saved()).hasSize(1);
        rounds.submit("kz-2020", "Aktau", AIGUL);
        rounds.approve("kz-2020", "Aktau", MINISTRY);
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.APPROVED);
        rounds.reopen("kz-2020", "Aktau", "a typo in ctm.02", MINISTRY);
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.IN_PROGRESS);

        assertThat(rounds.log("kz-2020")).extracting(Step::kind).containsExactly(Step.Kind.OPENED, Step.Kind.IMPORTED,
                Step.Kind.SUBMITTED, Step.Kind.RETURNED, Step.Kind.SUBMITTED, Step.Kind.APPROVED, Step.Kind.REOPENED);
        assertThat(rounds.log("kz-2020").get(3).reason()).isEqualTo("ctm.01 is far from last year: check it");
    }

    @Test
    void stepsThatAreNotAllowedAreRefusedWithWhatToDoAndChangeNoFile() throws Exception {
        save(AIGUL, "Aktau", value("ctm.01", "80"), "");
        String head = app.repository().resolve("HEAD").orElseThrow().id();
        byte[] values = Files.readAllBytes(home.resolve("rounds/kz-2020/cities/Aktau.csv"));
        byte[] log = Files.readAllBytes(home.resolve("rounds/kz-2020/log.csv"));

        assertThatThrownBy(() -> rounds.submit("kz-2020", "Aktau", AIGUL)).isInstanceOf(InputException.class)
                .hasMessageContaining("Aktau, ctm.02: no value and no comment saying why");
        assertThatThrownBy(() -> rounds.approve("kz-2020", "Aktau", MINISTRY))
                .hasMessageContaining("Aktau is in-progress").hasMessageContaining("only a submitted city is approved");
        assertThatThrownBy(() -> rounds.returnCity("kz-2020", "Aktau", " ", MINISTRY)).hasMessageContaining("with a reason");
        assertThatThrownBy(() -> rounds.reopen("kz-2020", "Aktau", "why", MINISTRY))
                .hasMessageContaining("only an approved city is reopened");
        assertThatThrownBy(() -> rounds.submit("kz-2020", "Oral", AIGUL)).hasMessageContaining("no city `Oral`");

        assertThat(app.repository().resolve("HEAD").orElseThrow().id()).isEqualTo(head);
        assertThat(Files.readAllBytes(home.resolve("rounds/kz-2020/cities/Aktau.csv"))).isEqualTo(values);
        assertThat(Files.readAllBytes(home.resolve("rounds/kz-2020/log.csv"))).isEqualTo(log);
    }

    @Test
    void anApprovedCityIsLocked_noSaveOrImportChangesIt() {
        rounds.importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), AIGUL);
        rounds.submit("kz-2020", "Aktau", AIGUL);
        rounds.approve("kz-2020", "Aktau", MINISTRY);
        String base = rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();

        assertThatThrownBy(() -> save(AIGUL, "Aktau", value("ctm.01", "1"), base))
                .hasMessageContaining("Aktau is approved").hasMessageContaining("reopen it with a reason");
        assertThatThrownBy(() -> rounds.importFile("kz-2020", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), AIGUL))
                .hasMessageContaining("cannot be imported");
        assertThat(rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version()).isEqualTo(base);
    }

    @Test
    void anImportRefusesEveryRowOfAnotherCityAndStoresNothing() throws Exception {
        Path aktau = RoundFixture.oneCityFile(dir, "Aktau");
        Files.writeString(aktau, "Taraz,ctm.01,50\nTaraz,ctm.02,51\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> rounds.importFile("kz-2020", "Aktau", aktau, AIGUL))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).hasSize(2)
                        .allSatisfy(p -> assertThat(p.message()).contains("a row of Taraz, not of Aktau")));
        assertThat(rounds.state("kz-2020", "Aktau")).isEqualTo(CityState.NOT_STARTED);
    }

    @Test
    void theApprovedValuesAreTheRoundsDataSet_rankedLikeAnyAndExportedWithSourceAndQuality() throws Exception {
        for (String city : List.of("Aktau", "Almaty")) {
            rounds.importFile("kz-2020", city, RoundFixture.oneCityFile(dir, city), AIGUL);
            rounds.submit("kz-2020", city, AIGUL);
        }
        rounds.approve("kz-2020", "Aktau", MINISTRY);
        assertThat(rounds.status("kz-2020").provisional()).isTrue();
        assertThat(rounds.status("kz-2020").approved()).isEqualTo(1);

        Etalon.Evaluated ranked = app.evaluate("kz-2019", rounds.dataSet("kz-2020"));
        assertThat(ranked.evaluation().cities()).extracting(c -> c.city()).containsExactly("Aktau");
        Etalon.Evaluated bundled = app.evaluate("kz-2019", null);
        assertThat(ranked.evaluation().cities().get(0).score())
                .isEqualTo(bundled.evaluation().cities().stream().filter(c -> c.city().equals("Aktau")).findFirst().orElseThrow().score());

        String export = rounds.exportCsv("kz-2020");
        List<String> lines = export.lines().toList();
        assertThat(lines.get(0)).isEqualTo("city,indicator,value,source,quality,comment");
        List<String> bundledAktau = Files.readAllLines(Path.of("data/kz-2019-cities.csv")).stream()
                .filter(line -> line.startsWith("Aktau,"))   // city, indicator, value; the names in other languages are not values
                .map(line -> String.join(",", java.util.Arrays.asList(line.split(",")).subList(0, 3)) + ",,,").toList();
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(bundledAktau);
    }

    @Test
    void aCitySubmittedAfterTheDeadlineIsLate_oneNotYetDueIsOnTime() {
        rounds.open(RoundFixture.opening("past", LocalDate.of(2000, 1, 31), "Aktau", "Taraz"), MINISTRY);
        rounds.importFile("past", "Aktau", RoundFixture.oneCityFile(dir, "Aktau"), AIGUL);
        rounds.submit("past", "Aktau", AIGUL);

        assertThat(rounds.status("past").cities()).extracting(c -> c.timeliness())
                .containsExactly(RoundStatus.Timeliness.LATE, RoundStatus.Timeliness.LATE);
        assertThat(rounds.status("kz-2020").cities()).extracting(c -> c.timeliness())
                .containsOnly(RoundStatus.Timeliness.ON_TIME);
        RoundStatus.CityStatus aktau = rounds.status("past").cities().get(0);
        assertThat(aktau.given()).isEqualTo(101);
        assertThat(rounds.status("past").indicators()).isEqualTo(101);
    }

    @Test
    void aValuesHistoryNamesWhoChangedItWhenAndFromWhatToWhat_newestFirst() {
        save(AIGUL, "Aktau", value("ctm.01", "80"), "");
        save(BOLAT, "Aktau", value("ctm.02", "60"), "");
        String base = rounds.values("kz-2020", "Aktau").valueOrEmpty("ctm.01").version();
        save(BOLAT, "Aktau", new EnteredValue("ctm.01", "82", "Akimat register", Optional.of(Quality.ADMINISTRATIVE),
                "corrected"), base);

        List<ValueChange> history = rounds.valueHistory("kz-2020", "Aktau", "ctm.01");

        assertThat(history).hasSize(2);
        assertThat(history.get(0).by()).isEqualTo("bolat");
        assertThat(history.get(0).before().value()).isEqualTo("80");
        assertThat(history.get(0).after().value()).isEqualTo("82");
        assertThat(history.get(0).after().comment()).isEqualTo("corrected");
        assertThat(history.get(1).by()).isEqualTo("aigul");
        assertThat(history.get(1).before().isBlank()).isTrue();
        assertThat(history.get(1).after().value()).isEqualTo("80");
        assertThat(history.get(0).when()).isAfterOrEqualTo(history.get(1).when());
    }
}
