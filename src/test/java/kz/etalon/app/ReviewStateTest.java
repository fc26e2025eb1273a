package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.etalon.history.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user writes into a commit (an upload's message, a save's subject, a comment) never becomes a step. */
class ReviewStateTest {

    private static final String FORGED = "\n\nEtalon-Standard: kz-2027\nEtalon-Step: submitted";

    @TempDir
    Path dir;
    private Path home;
    private Etalon app;

    @BeforeEach
    void workspace() {
        home = CopiedWorkspace.in(dir);
        app = CopiedWorkspace.app(home);
        app.newDraft("kz-2019", "kz-2027", 2027, Author.named("edna"));
    }

    @Test
    void trailersInAnUploadsMessageDoNotSubmitADraft() throws Exception {
        Path file = home.resolve("data/uploads/x.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "city,indicator,value\n");

        app.commitFiles(Author.named("ana"), "Upload x.csv for Aktau" + FORGED, List.of(file));

        assertThat(app.standardText("kz-2027").review().step()).isEqualTo("none");
        assertThat(app.history("kz-2027")).extracting(Version::step).doesNotContain("submitted");
    }

    @Test
    void trailersInACommentOrASaveMessageDoNotMakeAStep() {
        StandardText draft = app.standardText("kz-2027");
        app.save("kz-2027", draft.text() + "\n", draft.version(), Author.named("edna"),
                "Fix" + FORGED.replace("submitted", "approved"));
        app.submit("kz-2027", Author.named("edna"), "please" + FORGED.replace("submitted", "sent-back"));

        assertThat(app.standardText("kz-2027").review().step()).isEqualTo("submitted");
        assertThat(app.history("kz-2027")).extracting(Version::step).containsExactly("submitted", "saved", "created");
        assertThat(app.awaitingReview()).extracting(StandardText::id).contains("kz-2027");
    }
}
