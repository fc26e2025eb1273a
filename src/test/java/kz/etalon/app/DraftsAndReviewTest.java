package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.analysis.Change;
import kz.etalon.history.Author;
import kz.etalon.history.WorkspaceRepository;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Problem;
import kz.etalon.standard.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsAndReviewTest {

    private static final Author ANNA = Author.named("anna");
    private static final Author BOLAT = Author.named("bolat");

    @TempDir
    Path dir;
    private Path home;
    private Etalon app;

    @BeforeEach
    void workspace() {
        home = CopiedWorkspace.in(dir);
        app = CopiedWorkspace.app(home);
    }

    @Test
    void aNewDraftIsACopyWithItsIdYearStatusAndOrigin_committedAsCreated() throws Exception {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);

        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.basedOn()).contains("kz-2019");
        assertThat(draft.text()).contains("id: kz-2027").contains("year: 2027").contains("status: draft")
                .contains("based_on: kz-2019");
        assertThat(Files.readString(home.resolve("standards/kz-2027.yaml"))).isEqualTo(draft.text());
        List<Version> history = app.history("kz-2027");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).step()).isEqualTo("created");
        assertThat(history.get(0).commit().author()).isEqualTo("anna");
        assertThat(app.check("kz-2027", draft.text()).stream().filter(Problem::isError)).isEmpty();
    }

    @Test
    void aNewDraftRefusesAnIdThatExists() {
        assertThatThrownBy(() -> app.newDraft("kz-2019", "kz-2018", 2027, ANNA))
                .isInstanceOf(InputException.class).hasMessageContaining("exists already");
    }

    @Test
    void checkNamesProblemsInTheStandardsFileByLine() {
        String text = app.standardText("kz-2026").text().replaceFirst("(?m)^year: 2026", "year: soon");

        List<Problem> problems = app.check("kz-2026", text);

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.isError()).isTrue();
            assertThat(problem.where().file()).isEqualTo(Path.of("standards", "kz-2026.yaml"));
            assertThat(problem.where().line()).isPositive();
        });
        assertThat(problems).allSatisfy(problem -> assertThat(problem.toString()).doesNotContain("scratch"));
    }

    @Test
    void saveStoresTheTextAsACommitAndAStaleBaseIsAConflictThatStoresNothing() throws Exception {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        String first = draft.text().replace("year: 2027", "year: 2028");

        SaveResult saved = app.save("kz-2027", first, draft.version(), ANNA, "a year later");

        assertThat(saved).isInstanceOf(SaveResult.Saved.class);
        assertThat(Files.readString(home.resolve("standards/kz-2027.yaml"))).isEqualTo(first);
        SaveResult late = app.save("kz-2027", draft.text().replace("year: 2027", "year: 2029"), draft.version(), BOLAT, "mine");
        assertThat(late).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.theirs().text()).isEqualTo(first);
            assertThat(conflict.theirCommit().author()).isEqualTo("anna");
        });
        assertThat(Files.readString(home.resolve("standards/kz-2027.yaml"))).isEqualTo(first);
        assertThat(app.history("kz-2027").get(0).commit().subject()).isEqualTo("a year later");
    }

    @Test
    void saveRefusesTextWithErrorsAndStoresNothing() throws Exception {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);

        assertThatThrownBy(() -> app.save("kz-2027", draft.text().replace("year: 2027", "year: x"), draft.version(), ANNA, ""))
                .isInstanceOf(InputException.class);
        assertThat(Files.readString(home.resolve("standards/kz-2027.yaml"))).isEqualTo(draft.text());
        assertThat(app.history("kz-2027")).hasSize(1);
    }

    @Test
    void nobodyApprovesTheirOwnDraft_anotherApproverPublishesAndTagsIt() {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        assertThatThrownBy(() -> app.approve("kz-2027", BOLAT, "ok", draft.version())).hasMessageContaining("not submitted");
        app.submit("kz-2027", ANNA, "ready");
        assertThat(app.awaitingReview()).extracting(StandardText::id).containsExactly("kz-2027");
        assertThat(app.standardText("kz-2027").review().step()).isEqualTo("submitted");

        assertThatThrownBy(() -> app.approve("kz-2027", ANNA, "mine", draft.version())).isInstanceOf(InputException.class)
                .hasMessageContaining("may not approve").hasMessageContaining("administrator who is not one of its authors");
        app.approve("kz-2027", BOLAT, "good", draft.version());

        StandardText published = app.standardText("kz-2027");
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.text()).contains("status: published");
        assertThat(app.awaitingReview()).isEmpty();
        List<Version> history = app.history("kz-2027");
        assertThat(history).extracting(Version::step).containsExactly("published", "approved", "submitted", "created");
        assertThat(history.get(1).commit().author()).isEqualTo("bolat");
        assertThat(history.get(1).comment()).isEqualTo("good");
        assertThat(history.get(2).commit().author()).isEqualTo("anna");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            assertThat(repository.textAt("standards/kz-2027.yaml", "kz-2027")).contains(published.text());
        }
        assertThat(draft.version()).isNotEqualTo(published.version());
    }

    @Test
    void aPublishedStandardIsReadOnly() {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        app.publish("kz-2027", BOLAT);
        StandardText published = app.standardText("kz-2027");

        assertThatThrownBy(() -> app.save("kz-2027", published.text(), published.version(), ANNA, ""))
                .hasMessageContaining("published and read-only").hasMessageContaining("new draft");
        assertThatThrownBy(() -> app.submit("kz-2027", ANNA, "")).hasMessageContaining("read-only");
        assertThatThrownBy(() -> app.restore("kz-2027", app.history("kz-2027").get(1).commit().id(), ANNA))
                .hasMessageContaining("read-only");
        assertThat(draft.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void sendBackReturnsASubmittedDraftToItsAuthors() {
        app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        app.submit("kz-2027", ANNA, "");
        app.sendBack("kz-2027", BOLAT, "fix the bands");

        ReviewState review = app.standardText("kz-2027").review();
        assertThat(review.step()).isEqualTo("sent-back");
        assertThat(review.by()).isEqualTo("bolat");
        assertThat(review.comment()).isEqualTo("fix the bands");
        assertThat(app.awaitingReview()).isEmpty();
    }

    @Test
    void historyNamesTheStructuralChangesOfEachVersionAndRestoreBringsAnOldTextBack() throws Exception {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        String changed = draft.text().replace("factors: {K1: 1, K2: 2}", "factors: {K1: 1, K2: 3}").replace("max_score: 25", "max_score: 35");
        assertThat(changed).isNotEqualTo(draft.text());
        app.save("kz-2027", changed, draft.version(), ANNA, "weigh priority more");

        List<Version> history = app.history("kz-2027");
        assertThat(history.get(0).changes()).extracting(Change::kind).contains(Change.Kind.FACTOR_CHANGED);
        assertThat(history.get(0).readable()).isTrue();

        StandardText restored = app.restore("kz-2027", history.get(1).commit().shortId(), BOLAT);
        assertThat(restored.text()).isEqualTo(draft.text());
        assertThat(app.history("kz-2027").get(0).step()).isEqualTo("restored");
    }

    @Test
    void previewComparesTheDraftWithTheStandardItIsBasedOn() {
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        String changed = draft.text().replace("factors: {K1: 1, K2: 2}", "factors: {K1: 1, K2: 3}").replace("max_score: 25", "max_score: 35");

        Preview preview = app.preview("kz-2027", changed, null);

        assertThat(preview.compared().before().id()).isEqualTo("kz-2019");
        assertThat(preview.changes()).extracting(Change::kind).contains(Change.Kind.FACTOR_CHANGED);
        assertThat(preview.compared().comparison().comparisons()).isNotEmpty();
    }

    @Test
    void aPreviewMadeAgainOfTheSameDraftComparesTheSameSeventeenCitiesTheSameWay() {
        // how fast a warm preview answers is measured by PreviewBenchmark (tools/bench jmh PreviewBenchmark)
        StandardText draft = app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        String changed = draft.text().replace("factors: {K1: 1, K2: 2}", "factors: {K1: 1, K2: 3}")
                .replace("max_score: 25", "max_score: 35");

        Preview first = app.preview("kz-2027", changed, null);
        Preview again = app.preview("kz-2027", changed, null);

        assertThat(first.compared().comparison().comparisons()).hasSize(17);
        assertThat(again.compared().comparison().comparisons()).isEqualTo(first.compared().comparison().comparisons());
        assertThat(again.changes()).extracting(Change::kind, Change::subject, Change::details)
                .isEqualTo(first.changes().stream().map(change -> tuple(change.kind(), change.subject(), change.details())).toList());
    }
}
