package kz.etalon.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import kz.etalon.problem.InputException;
import kz.etalon.problem.Location;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkPoolTest {

    private final MovableClock clock = new MovableClock();
    private WorkPool pool;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void beyondTheRunningJobsAndAFullQueueANewJobIsRefusedAsBusy() throws Exception {
        pool = new WorkPool(1, 2, WorkPool.KEEP, clock);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        Job running = pool.submit("ana", "test", "", progress -> {
            started.countDown();
            await(release);
            return "first";
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Job waiting1 = pool.submit("bek", "test", "", progress -> "second");
        Job waiting2 = pool.submit("dana", "test", "", progress -> "third");

        assertThatThrownBy(() -> pool.submit("erlan", "test", "", progress -> "fourth")).isInstanceOf(WorkPool.Busy.class);
        assertThat(waiting1.state()).isEqualTo(Job.State.QUEUED);

        release.countDown();
        waitFor(() -> waiting2.state() == Job.State.DONE);
        assertThat(running.result()).isEqualTo("first");
        assertThat(waiting1.result()).isEqualTo("second");
        assertThat(pool.submit("erlan", "test", "", progress -> "now there is room")).isNotNull();
    }

    @Test
    void aSecondJobOfTheSameVisitorIsRefusedWhileTheFirstRuns_andNamesTheFirst() throws Exception {
        pool = new WorkPool(2, 4, WorkPool.KEEP, clock);
        CountDownLatch release = new CountDownLatch(1);
        Job first = pool.submit("ana", "test", "", progress -> await(release));

        assertThatThrownBy(() -> pool.submit("ana", "test", "", progress -> "again"))
                .isInstanceOfSatisfying(WorkPool.OneAtATime.class, e -> assertThat(e.running()).isSameAs(first));
        assertThat(pool.submit("bek", "test", "", progress -> "another visitor may")).isNotNull();

        release.countDown();
        waitFor(first::isFinished);
        assertThat(pool.submit("ana", "test", "", progress -> "after the first")).isNotNull();
    }

    @Test
    void aCancelledJobStopsAtItsNextStep_withFewerStepsDoneThanItHad() throws Exception {
        pool = new WorkPool(1, 1, WorkPool.KEEP, clock);
        CountDownLatch tenDone = new CountDownLatch(10);
        CountDownLatch cancelAsked = new CountDownLatch(1);
        Job job = pool.submit("ana", "test", "", progress -> {
            progress.start(1_000_000);
            for (int i = 0; i < 1_000_000; i++) {
                progress.step();
                tenDone.countDown();
                if (i == 9) {
                    await(cancelAsked);
                }
            }
            return "finished";
        });
        assertThat(tenDone.await(10, TimeUnit.SECONDS)).isTrue();

        job.cancel();
        cancelAsked.countDown();

        waitFor(job::isFinished);
        assertThat(job.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(job.done()).isBetween(10, 999_999);
        assertThat(job.total()).isEqualTo(1_000_000);
        assertThat(job.result()).isNull();
    }

    @Test
    void aJobCancelledWhileItWaitsNeverStarts() throws Exception {
        pool = new WorkPool(1, 1, WorkPool.KEEP, clock);
        CountDownLatch release = new CountDownLatch(1);
        pool.submit("ana", "test", "", progress -> await(release));
        Set<String> ran = ConcurrentHashMap.newKeySet();
        Job waiting = pool.submit("bek", "test", "", progress -> ran.add("bek"));

        waiting.cancel();
        release.countDown();

        waitFor(waiting::isFinished);
        assertThat(waiting.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(ran).isEmpty();
    }

    @Test
    void aJobWhoseInputIsWrongKeepsItsProblems_andAFaultOfTheServerGetsAnIncident_andThePoolWorksOn() throws Exception {
        pool = new WorkPool(1, 1, WorkPool.KEEP, clock);
        Job wrong = pool.submit("ana", "test", "", progress -> {
            throw InputException.of(Location.of(Path.of("runs")), "`x` is not a number of runs");
        });
        waitFor(wrong::isFinished);
        Job broken = pool.submit("ana", "test", "", progress -> {
            throw new IllegalStateException("a bug");
        });
        waitFor(broken::isFinished);
        Job fine = pool.submit("ana", "test", "", progress -> "fine");
        waitFor(fine::isFinished);

        assertThat(wrong.state()).isEqualTo(Job.State.FAILED);
        assertThat(wrong.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("`x` is not a number"));
        assertThat(broken.state()).isEqualTo(Job.State.CRASHED);
        assertThat(broken.incident()).isEqualTo("J" + broken.number());
        assertThat(fine.result()).isEqualTo("fine");
    }

    @Test
    void theParallelPartsOfAJobRunOnThePoolsOwnThreads_notOnTheCommonPoolThePagesUse() throws Exception {
        pool = new WorkPool(2, 1, WorkPool.KEEP, clock);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Job job = pool.submit("ana", "test", "", progress -> {
            IntStream.range(0, 200).parallel().forEach(i -> threads.add(Thread.currentThread().getName()));
            return threads.size();
        });
        waitFor(job::isFinished);

        assertThat(job.state()).isEqualTo(Job.State.DONE);
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("etalon-job-"), "a thread of the work pool");
        assertThat(threads.size()).isLessThanOrEqualTo(2 + 1);  // its two workers, or one that made up for a blocked join
    }

    @Test
    void aFinishedJobIsKeptForAnHour_thenDropped() throws Exception {
        pool = new WorkPool(1, 1, Duration.ofHours(1), clock);
        Job job = pool.submit("ana", "test", "", progress -> "done");
        waitFor(job::isFinished);

        clock.move(Duration.ofMinutes(59));
        assertThat(pool.find(job.id())).contains(job);
        clock.move(Duration.ofMinutes(2));
        assertThat(pool.find(job.id())).isEmpty();
        assertThat(pool.jobsOf("ana")).isEmpty();
    }

    @Test
    void closingThePoolCancelsTheJobsThatRun() throws Exception {
        pool = new WorkPool(1, 1, WorkPool.KEEP, clock);
        CountDownLatch started = new CountDownLatch(1);
        Job job = pool.submit("ana", "test", "", progress -> {
            progress.start(1_000_000);
            started.countDown();
            while (true) {   // until a step finds the job cancelled
                progress.step();
                Thread.yield();
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        pool.close();

        assertThat(job.state()).isEqualTo(Job.State.CANCELLED);
        assertThatThrownBy(() -> pool.submit("bek", "test", "", progress -> "after")).isInstanceOf(WorkPool.Busy.class);
    }

    @Test
    void aJobsIdIsLongAndRandom_soItsAddressCannotBeGuessed() throws Exception {
        pool = new WorkPool(1, 2, WorkPool.KEEP, clock);
        Job a = pool.submit("ana", "test", "", progress -> "a");
        Job b = pool.submit("bek", "test", "", progress -> "b");
        assertThat(a.id()).matches("[0-9a-f]{32}").isNotEqualTo(b.id());
        assertThat(b.number()).isEqualTo(a.number() + 1);
    }

    private static String await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("still not so after 30 s");
            }
            Thread.sleep(10);
        }
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
