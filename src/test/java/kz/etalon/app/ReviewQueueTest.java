package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.history.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What waits for review is counted on every page an administrator opens, so it is read from what changes
 * it: the history is read once for its head (then only the commits added since), never once per standard
 * and page; the answer follows every step all the same.
 */
class ReviewQueueTest {

    private static final Author ANNA = Author.named("anna");
    private static final Author BOLAT = Author.named("bolat");

    @TempDir
    Path dir;
    private Etalon app;

    @BeforeEach
    void workspace() {
        app = CopiedWorkspace.app(CopiedWorkspace.in(dir));
    }

    @Test
    void askingAgainWithNoNewCommitReadsNoCommit_andANewStepIsReadAlone() {
        app.newDraft("kz-2019", "kz-2027", 2027, ANNA);
        app.submit("kz-2027", ANNA, "ready");
        for (int i = 0; i < 20; i++) {
            app.commitFiles(BOLAT, "an upload " + i, List.of(upload(i)));
        }
        int standards = app.workspace().standards().size();
        assertThat(standards).isGreaterThan(2);

        long before = app.repository().commitsRead();
        assertThat(app.waitingForReview()).containsExactly("kz-2027");
        long firstRead = app.repository().commitsRead() - before;
        assertThat(app.waitingForReview()).containsExactly("kz-2027");
        assertThat(app.awaitingReview()).extracting(StandardText::id).containsExactly("kz-2027");
        long readAgain = app.repository().commitsRead() - before - firstRead;

        // once through the history (23 commits and the first), not once for each of the standards
        assertThat(firstRead).isLessThan(2L * 24);
        assertThat(readAgain).isZero();

        app.sendBack("kz-2027", BOLAT, "not yet");
        long beforeStep = app.repository().commitsRead();
        assertThat(app.waitingForReview()).isEmpty();
        assertThat(app.repository().commitsRead() - beforeStep).isEqualTo(1);
        assertThat(app.standardText("kz-2027").review().step()).isEqualTo("sent-back");
    }

    /** A small data set of one's own in the workspace's data/, as an upload keeps one. */
    private Path upload(int i) {
        Path file = app.workspace().home().resolve("data").resolve("upload-" + i + ".csv");
        try {
            java.nio.file.Files.writeString(file, "city,indicator,value\nAktau,ctm.01," + i + "\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }
}
