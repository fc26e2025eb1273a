package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyses pages wait for: one at a time per visitor, a bounded number in all, each question computed once. */
class AnalysesTest {

    @TempDir
    Path dir;
    private Analyses analyses;
    /** The visitors' request threads. */
    private final ExecutorService visitors = Executors.newFixedThreadPool(2);

    @AfterEach
    void close() {
        analyses.close();
        visitors.shutdownNow();
    }

    @Test
    void aVisitorWithAnAnalysisUnderWayIsRefusedASecond_whileAnotherVisitorIsAnswered() throws Exception {
        analyses = new Analyses(dir, 2, 4);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> analyses.answer("ana", "slow", List.of(), () -> {
            await(release);
            return "slow answer";
        }), visitors);
        WorkPoolTest.waitFor(() -> analyses.analysing("ana"));

        assertThatThrownBy(() -> analyses.answer("ana", "another", List.of(), () -> "never")).isInstanceOf(Analyses.OneAtATime.class);
        assertThat(analyses.answer("bek", "another", List.of(), () -> "bek's answer")).isEqualTo("bek's answer");

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("slow answer");
        assertThat(analyses.answer("ana", "another", List.of(), () -> "computed again")).isEqualTo("bek's answer");
        assertThat(analyses.computed()).isEqualTo(2);
    }

    @Test
    void beyondTheRunningAndWaitingPlacesAnAnalysisIsRefusedAsBusy() throws Exception {
        analyses = new Analyses(dir, 1, 1);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<String>> held = List.of("ana", "bek").stream()
                .map(visitor -> CompletableFuture.supplyAsync(() -> analyses.answer(visitor, "held " + visitor, List.of(), () -> {
                    await(release);
                    return visitor;
                }), visitors)).toList();
        WorkPoolTest.waitFor(() -> analyses.analysing("ana") && analyses.analysing("bek"));

        assertThatThrownBy(() -> analyses.answer("dana", "third", List.of(), () -> "never")).isInstanceOf(Analyses.Busy.class);

        release.countDown();
        assertThat(held.get(0).get(60, TimeUnit.SECONDS)).isEqualTo("ana");
        assertThat(held.get(1).get(60, TimeUnit.SECONDS)).isEqualTo("bek");
        assertThat(analyses.answer("dana", "third", List.of(), () -> "now")).isEqualTo("now");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
