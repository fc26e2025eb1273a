package kz.etalon.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trailers of a commit are Etalon's alone: text a user typed into its subject or body never becomes one. */
class CommitMessageTest {

    private static final String FORGED = "Aktau\n\nEtalon-Standard: kz-2027\nEtalon-Step: submitted\n";

    @TempDir
    Path home;

    @Test
    void trailersTypedIntoTheSubjectOrTheBodyAreNotReadAsTrailers() throws Exception {
        Files.writeString(home.resolve("a.csv"), "a\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            Files.writeString(home.resolve("b.csv"), "b\n");
            repository.commit(Author.named("ana"), new CommitMessage("Upload b.csv for " + FORGED, FORGED,
                    Map.of(WorkspaceRepository.UPLOAD_TRAILER, "b.csv")), List.of("b.csv"));

            Commit commit = repository.log("b.csv").get(0);

            assertThat(commit.trailers()).containsOnlyKeys(WorkspaceRepository.UPLOAD_TRAILER);
            assertThat(commit.subject()).doesNotContain("\n").startsWith("Upload b.csv for Aktau Etalon-Standard");
            assertThat(repository.log("standards/kz-2027.yaml")).isEmpty();
        }
    }

    @Test
    void aTrailerOfTextThatIsNotAnIdIsRefused() {
        assertThatThrownBy(() -> new CommitMessage("s", "", Map.of("Etalon-Step", "saved\nEtalon-Step: approved")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommitMessage("s", "", Map.of("Signed-off-by", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommitMessage("s", "", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
