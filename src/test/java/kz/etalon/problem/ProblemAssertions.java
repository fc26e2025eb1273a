package kz.etalon.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on collected problems that print every problem found when they fail. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts an error at exactly {@code file:line} whose message contains every fragment. */
    public static Problem assertHasError(Problems problems, Path file, int line, String... fragments) {
        List<Problem> all = problems.sorted();
        Problem match = all.stream()
                .filter(Problem::isError)
                .filter(p -> file.equals(p.where().file()) && p.where().line() == line)
                .filter(p -> Arrays.stream(fragments).allMatch(p.message()::contains))
                .findFirst()
                .orElse(null);
        assertThat(match)
                .as("expected an error at %s:%d whose message contains %s; found:%n%s",
                        file, line, Arrays.toString(fragments), render(all))
                .isNotNull();
        return match;
    }

    /** Asserts that no problem is an error (warnings are allowed). */
    public static void assertNoErrors(Problems problems) {
        assertThat(problems.hasErrors()).as("expected no errors; found:%n%s", render(problems.sorted())).isFalse();
    }

    public static String render(List<Problem> problems) {
        return problems.isEmpty() ? "  (none)"
                : problems.stream().map(p -> "  " + p).collect(Collectors.joining(System.lineSeparator()));
    }
}
