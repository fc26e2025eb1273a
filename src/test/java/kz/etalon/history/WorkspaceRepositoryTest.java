package kz.etalon.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceRepositoryTest {

    @TempDir
    Path home;

    @Test
    void aFolderWithoutARepositoryGetsOneThatIgnoresEtalonAndAFirstCommitOfWhatItHolds() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        Files.createDirectories(home.resolve(".etalon"));
        Files.writeString(home.resolve(".etalon/users"), "secret\n");

        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            assertThat(Files.readString(home.resolve(".gitignore"))).contains(".etalon/");
            List<Commit> log = repository.log("a.yaml");
            assertThat(log).hasSize(1);
            assertThat(log.get(0).subject()).isEqualTo("Workspace as it was found");
            assertThat(log.get(0).author()).isEqualTo("Etalon");
            assertThat(repository.textAt(".etalon/users", log.get(0).id())).isEmpty();
            assertThat(repository.textAt("a.yaml", log.get(0).shortId())).contains("a\n");
        }
    }

    @Test
    void aCommitTakesOnlyTheNamedPathsAndLeavesOtherWorkUncommitted() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        Files.writeString(home.resolve("b.yaml"), "b\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            Files.writeString(home.resolve("a.yaml"), "a2\n");
            Files.writeString(home.resolve("b.yaml"), "b2\n");
            Files.writeString(home.resolve("new.yaml"), "n\n");

            String id = repository.commit(new Author("Anna", "anna@example.kz"), new CommitMessage("two files", "why",
                    java.util.Map.of("Etalon-Standard", "a", "Etalon-Step", "saved")), List.of("a.yaml", "new.yaml"));

            assertThat(repository.textAt("a.yaml", id)).contains("a2\n");
            assertThat(repository.textAt("new.yaml", id)).contains("n\n");
            assertThat(repository.textAt("b.yaml", id)).contains("b\n");
            try (Git git = Git.open(home.toFile())) {
                Status status = git.status().call();
                assertThat(status.getModified()).containsExactly("b.yaml");
            }
            Commit commit = repository.log("a.yaml").get(0);
            assertThat(commit.author()).isEqualTo("Anna");
            assertThat(commit.body()).isEqualTo("why");
            assertThat(commit.trailers()).containsEntry("Etalon-Standard", "a").containsEntry("Etalon-Step", "saved");
        }
    }

    @Test
    void anEmptyCommitIsAStepInTheLogOfTheStandardItsTrailerNames() throws Exception {
        Files.createDirectories(home.resolve("standards"));
        Files.writeString(home.resolve("standards/kz-2027.yaml"), "x\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            Files.writeString(home.resolve("standards/other.yaml"), "changed, not committed\n");
            repository.commit(Author.named("bolat"), new CommitMessage("kz-2027: submitted", "",
                    java.util.Map.of("Etalon-Standard", "kz-2027", "Etalon-Step", "submitted")), List.of());

            List<Commit> log = repository.log("standards/kz-2027.yaml");
            assertThat(log).extracting(Commit::subject).containsExactly("kz-2027: submitted", "Workspace as it was found");
            assertThat(log.get(0).author()).isEqualTo("bolat");
        }
    }

    @Test
    void aTagNamesAVersionAndIsNeverMoved() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            String first = repository.log("a.yaml").get(0).id();
            repository.tag("v1", first, Author.named("admin"), "first");
            Files.writeString(home.resolve("a.yaml"), "a2\n");
            String second = repository.commit(Author.named("anna"), WorkspaceRepositoryTest.saved("second"), List.of("a.yaml"));

            assertThat(repository.textAt("a.yaml", "v1")).contains("a\n");
            assertThat(repository.textAt("a.yaml", second)).contains("a2\n");
            assertThat(repository.textAt("a.yaml", "no-such-tag")).isEmpty();
            assertThatThrownBy(() -> repository.tag("v1", second, Author.named("admin"), "again"))
                    .hasMessageContaining("exists already");
        }
    }

    @Test
    void aStaleIndexLockLeftByAKilledProcessIsCleared() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        WorkspaceRepository.open(home).close();
        Files.writeString(home.resolve(".git/index.lock"), "");

        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            assertThat(home.resolve(".git/index.lock")).doesNotExist();
            Files.writeString(home.resolve("a.yaml"), "a2\n");
            assertThat(repository.commit(Author.named("anna"), WorkspaceRepositoryTest.saved("after a crash"), List.of("a.yaml"))).hasSize(40);
        }
    }

    @Test
    void aDeletedFileIsCommittedAsDeleted() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            Files.delete(home.resolve("a.yaml"));
            String id = repository.commit(Author.named("anna"), WorkspaceRepositoryTest.saved("gone"), List.of("a.yaml"));
            assertThat(repository.textAt("a.yaml", id)).isEmpty();
            assertThat(repository.log("a.yaml")).hasSize(2);
        }
    }

    @Test
    void atomicFileReplacesTheWholeFile() throws Exception {
        Path file = home.resolve("sub/f.txt");
        AtomicFile.write(file, "one".getBytes());
        AtomicFile.write(file, "two".getBytes());
        assertThat(file).hasContent("two");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anAuthorKnownByNameGetsAnInvalidEmail() {
        assertThat(Author.named("anna").email()).isEqualTo("anna@etalon.invalid");
    }

    /** A save's message, as a standard's save writes it. */
    static CommitMessage saved(String subject) {
        return new CommitMessage(subject, "", java.util.Map.of("Etalon-Standard", "a", "Etalon-Step", "saved"));
    }

    @Test
    void aRevisionNoTagOrCommitCouldHaveIsNotFoundWithoutTheFileSystemComplainingInTheLog() throws Exception {
        Files.writeString(home.resolve("a.yaml"), "a\n");
        java.io.PrintStream log = System.err;
        java.io.ByteArrayOutputStream complaints = new java.io.ByteArrayOutputStream();
        try (WorkspaceRepository repository = WorkspaceRepository.open(home)) {
            System.setErr(new java.io.PrintStream(complaints, true, java.nio.charset.StandardCharsets.UTF_8));
            for (String revision : List.of("z".repeat(2000), "refs/tags/" + "y".repeat(400), "HEAD\n", "")) {
                assertThat(repository.resolve(revision)).isEmpty();
                assertThat(repository.textAt("a.yaml", revision)).isEmpty();
            }
        } finally {
            System.setErr(log);
        }
        assertThat(complaints.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}
