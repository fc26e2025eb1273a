package kz.etalon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Option values out of their range are usage errors (exit 2) that name the range, before any work. */
class OptionBoundsTest {

    @Test
    void valuesOutOfRangeAreRefusedWithExit2AndTheRange() {
        List<List<String>> refused = List.of(
                List.of("sensitivity", "--runs", "2147483647"),
                List.of("sensitivity", "--runs", "0"),
                List.of("report", "--sensitivity", "2147483647"),
                List.of("evaluate", "--fragile", "1e999999999"),
                List.of("evaluate", "--fragile", "-1"),
                List.of("whatif", "--city", "Aktau", "--goal", "score:1e999999999"),
                List.of("whatif", "--city", "Aktau", "--goal", "rank:0"),
                List.of("sensitivity", "--noise", "101"),
                List.of("report", "--sensitivity", "5", "--noise", "1e99999"),
                List.of("sensitivity", "--factor", "K2=1e999999", "--runs", "1"),
                List.of("sensitivity", "--factor", "K2=0,1", "--runs", "1"),
                List.of("sensitivity", "--factor", "K2", "--runs", "1"));
        for (List<String> args : refused) {
            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(args + ": " + run.err()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).containsAnyOf(" to ", "above 0");
            assertThat(run.hasStackTrace()).isFalse();
        }
    }

    @Test
    void aFactorTheStandardDoesNotHaveIsAnErrorNamingItsFactors() {
        CliRun run = CliRun.of("sensitivity", "--factor", "K9=1,2", "--runs", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: --factor K9: kz-2019 has no factor K9; its factors: K1, K2");
    }

    @Test
    void valuesAtTheEdgesOfTheirRangesAreAccepted() {
        assertThat(CliRun.of("evaluate", "--fragile", "0").exitCode()).isZero();
        assertThat(CliRun.of("whatif", "--city", "Aktau", "--goal", "score:100%").exitCode()).isIn(0);
        assertThat(CliRun.of("sensitivity", "--runs", "1", "--noise", "0", "--factor", "K2=1000").exitCode()).isZero();
    }
}
