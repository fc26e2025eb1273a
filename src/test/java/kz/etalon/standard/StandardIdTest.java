package kz.etalon.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.etalon.problem.Problem;
import kz.etalon.problem.Problems;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A standard's id is a file name and, once published, a Git tag: one that cannot be either is refused. */
class StandardIdTest {

    @TempDir
    Path dir;

    @Test
    void everyIdTheCheckAllows_isATagNameGitAccepts() {
        List<String> ids = new ArrayList<>();
        strings("", "a.-_1K", 5, ids);
        List<String> allowed = ids.stream().filter(id -> StandardId.problem(id).isEmpty()).toList();

        assertThat(List.of("kz-2019", "a.b", "K1_x", "x.lockx")).allMatch(id -> StandardId.problem(id).isEmpty());
        assertThat(allowed).hasSizeGreaterThan(1000).allSatisfy(id ->
                assertThat(Repository.isValidRefName("refs/tags/" + id)).as(id).isTrue());
        assertThat(ids.stream().filter(id -> !id.isEmpty() && Repository.isValidRefName("refs/tags/" + id)
                && Character.isLetterOrDigit(id.charAt(0)) && !id.endsWith(".yml")).toList())
                .as("and refuses no tag Git takes but by the form of a file name").isSubsetOf(allowed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.lock", "a..b", "x.", "kz-2027.yaml", "kz.yml", ".x", "-x", "a b", "a/b", "a@{b", ""})
    void anIdThatCannotBeATagOrAFileNameIsAnErrorAtItsLine(String id) throws Exception {
        String text = Files.readString(Path.of("standards/kz-2019.yaml")).replaceFirst("(?m)^id: kz-2019", "id: \"" + id + "\"");
        Path file = Files.writeString(dir.resolve("standard.yaml"), text);
        Problems problems = new Problems();

        StandardReader.read(file, problems);

        assertThat(problems.sorted()).filteredOn(Problem::isError).anySatisfy(problem -> {
            assertThat(problem.message()).contains("id");
            assertThat(problem.where().line()).isGreaterThan(0);
        });
    }

    private static void strings(String prefix, String alphabet, int length, List<String> into) {
        into.add(prefix);
        if (prefix.length() == length) {
            return;
        }
        for (char c : alphabet.toCharArray()) {
            strings(prefix + c, alphabet, length, into);
        }
    }
}
