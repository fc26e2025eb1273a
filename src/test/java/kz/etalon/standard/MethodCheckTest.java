package kz.etalon.standard;

import static kz.etalon.problem.ProblemAssertions.assertHasError;
import static kz.etalon.problem.ProblemAssertions.assertNoErrors;
import static kz.etalon.problem.ProblemAssertions.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import kz.etalon.problem.Problems;
import org.junit.jupiter.api.Test;

/** MethodCheck against a hand-written map of the methods rules/common declares, so no Drools starts. */
class MethodCheckTest {

    /** What rules/common handles: the method and the indicator keys it needs. */
    private static final Map<String, Set<String>> COMMON = Map.of(
            "yes_no", Set.of(),
            "share", Set.of(),
            "target", Set.of("target"));

    private final Problems problems = new Problems();

    private Standard standard(Path file) {
        Problems reading = new Problems();
        Standard standard = StandardReader.read(file, reading).orElse(null);
        assertThat(standard).as("%s should read; problems:%n%s", file, render(reading.sorted())).isNotNull();
        return standard;
    }

    @Test
    void whenEveryMethodIsHandledAndGivenItsKeys_thenThereIsNoError() {
        MethodCheck.check(standard(StandardValidationTest.VALID.resolve("tiny.yaml")), COMMON, problems);

        assertThat(problems.sorted()).as(render(problems.sorted())).isEmpty();
    }

    @Test
    void whenAMethodIsMisspelt_thenItIsAnErrorAtTheIndicatorSuggestingTheMethod() {
        Path file = StandardValidationTest.INVALID.resolve("method-typo.yaml");

        MethodCheck.check(standard(file), COMMON, problems);

        assertHasError(problems, file, 36, "method `targte` of edu.02", "rules/common", "did you mean `target`");
    }

    @Test
    void whenAMethodIsMisspelt_thenTheErrorListsTheMethodsTheRulesHandle() {
        Path file = StandardValidationTest.INVALID.resolve("method-typo.yaml");

        MethodCheck.check(standard(file), COMMON, problems);

        assertHasError(problems, file, 36, "methods there: share, target, yes_no");
    }

    @Test
    void whenMethodTargetHasNoTarget_thenItIsAnErrorAtTheIndicator() {
        Path file = StandardValidationTest.INVALID.resolve("method-target-missing.yaml");

        MethodCheck.check(standard(file), COMMON, problems);

        assertHasError(problems, file, 36, "method `target` needs `target:`", "edu.02");
    }

    @Test
    void whenAMethodThatTakesNoTargetIsGivenOne_thenItIsOnlyAWarning() {
        Standard tiny = standard(StandardValidationTest.VALID.resolve("tiny.yaml"));
        Map<String, Set<String>> targetTakesNone = Map.of("yes_no", Set.of(), "share", Set.of(), "target", Set.of());

        MethodCheck.check(tiny, targetTakesNone, problems);

        assertNoErrors(problems);
        assertThat(problems.warnings()).extracting(p -> p.where().line()).containsExactly(31, 36);
    }
}
