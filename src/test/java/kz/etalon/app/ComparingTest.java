package kz.etalon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.file.Path;
import java.util.List;
import kz.etalon.engine.RuleBooks;
import kz.etalon.report.FitNoteText;
import org.junit.jupiter.api.Test;

/**
 * One comparison serves compare and report: the rules are resolved (their DRL files read and hashed)
 * once per set of rule folders, however many variants of the standards are scored, and the notes on
 * scoring data under another year's standard are kept.
 */
class ComparingTest {

    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void aComparisonOfTwoStandardsWithTheSameRulesReadsTheirDrlFilesOnce() {
        RuleBooks books = spy(new RuleBooks(HERE.resolve("rules")));
        Etalon app = new Etalon(new Workspace(HERE, HERE, books));

        Comparing.Compared compared = app.compare(List.of("kz-2018", "kz-2019"),
                List.of(Path.of("data/kz-2018-cities.csv"), Path.of("data/kz-2019-cities.csv")));

        // kz-2018 and kz-2019 both name rules/common; the changes scored on their own are variants of kz-2018.
        verify(books, times(1)).forStandard(any());
        assertThat(compared.impacts()).as("the changes of the standard were each scored").hasSizeGreaterThan(10);
        assertThat(compared.attribution()).as("two data years: the 2x2 split").hasSize(17);
    }

    @Test
    void theReportsComparisonKeepsTheNotesOnScoringEachYearUnderTheOtherYearsStandard() {
        Etalon app = Bundled.app();
        List<Path> years = List.of(Path.of("data/kz-2018-cities.csv"), Path.of("data/kz-2019-cities.csv"));

        List<String> notes = app.compare(List.of("kz-2018", "kz-2019"), years).comparison().notes().stream()
                .map(FitNoteText::english).toList();

        // kz-2019 data scored under kz-2018 has values for indicators kz-2018 does not define, and back.
        assertThat(notes).anyMatch(note -> note.startsWith("data/kz-2019-cities.csv has values for")
                && note.contains("that kz-2018 does not define"));
        assertThat(notes).anyMatch(note -> note.startsWith("data/kz-2018-cities.csv") && note.contains("kz-2019"));
    }

    @Test
    void dataOfAnotherFrameworkIsNamedAsSuchRatherThanAsAnEmptyFile() {
        Etalon app = Bundled.app();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.compare(List.of("kz-2018", "kz-2019"),
                        List.of(Path.of("data/u4ssc-example-cities.csv"))))
                .isInstanceOf(kz.etalon.problem.InputException.class)
                .hasMessageContaining("no row names an indicator of kz-2018 (the rows name SC.EH.ED.1C, SC.EH.ED.2C, SC.EH.ED.3C, …)")
                .hasMessageNotContaining("header but no rows");
    }
}
