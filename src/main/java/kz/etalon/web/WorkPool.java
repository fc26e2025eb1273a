package kz.etalon.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import kz.etalon.app.ProgressListener;
import kz.etalon.problem.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where long work runs (a sensitivity analysis), apart from the threads that answer pages: a fixed
 * number of jobs at once, a bounded queue behind them, at most one waiting or running job per visitor,
 * finished jobs kept for a while to be read, then dropped.
 *
 * <p>Each job runs inside one fork-join pool of the same size, so the parallel streams of its work
 * (the runs of a Monte Carlo analysis) stay on these threads instead of the JVM's common pool: however
 * many visitors start analyses, they share {@code threads} cores and leave the rest to the pages.
 */
final class WorkPool implements AutoCloseable {

    /** Jobs that may wait behind the running ones before a new one is refused as "busy". */
    static final int QUEUE = 8;
    /** How long a finished job stays readable. */
    static final Duration KEEP = Duration.ofHours(1);
    /** The most finished jobs kept, the oldest dropped first, however short their hour. */
    static final int KEEP_FINISHED = 200;

    private static final Logger LOG = LoggerFactory.getLogger("etalon.web");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ThreadPoolExecutor runners;
    private final ForkJoinPool compute;
    private final Duration keep;
    private final Clock clock;
    private final AtomicLong numbers = new AtomicLong();
    /** Every job not yet dropped, oldest first; guarded by {@code this}. */
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private boolean closed;

    WorkPool(int threads, int queue, Duration keep, Clock clock) {
        if (threads < 1 || queue < 1) {
            throw new IllegalArgumentException("a work pool needs a thread and a place in its queue");
        }
        this.runners = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                runnable -> {
                    Thread thread = new Thread(runnable, "etalon-jobs-runner");
                    thread.setDaemon(true);
                    return thread;
                });
        this.compute = forkJoin(threads, "etalon-job-");
        this.keep = keep;
        this.clock = clock;
    }

    /** A fork-join pool of {@code threads} daemon threads named {@code prefix<n>}, for work kept off the JVM's common pool. */
    static ForkJoinPool forkJoin(int threads, String prefix) {
        return new ForkJoinPool(threads, pool -> {
            var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            thread.setName(prefix + thread.getPoolIndex());
            thread.setDaemon(true);
            return thread;
        }, null, false);
    }

    /** A pool for this machine: one core left to the pages (at least one thread), {@value #QUEUE} waiting. */
    static WorkPool forThisMachine() {
        return new WorkPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), QUEUE, KEEP, Clock.systemUTC());
    }

    /**
     * Queues {@code work} for {@code owner}. Refused with {@link OneAtATime} while the owner has a job
     * waiting or running, and with {@link Busy} when the queue is full.
     */
    synchronized Job submit(String owner, String kind, String title, Function<ProgressListener, ?> work) {
        dropOld();
        Optional<Job> active = jobs.values().stream().filter(job -> job.owner().equals(owner) && !job.isFinished()).findFirst();
        if (active.isPresent()) {
            throw new OneAtATime(active.get());
        }
        if (closed) {
            throw new Busy();
        }
        Job job = new Job(HexFormat.of().formatHex(randomBytes()), numbers.incrementAndGet(), owner, kind, title,
                clock.instant());
        try {
            runners.execute(() -> run(job, work));
        } catch (RejectedExecutionException e) {
            throw new Busy();
        }
        jobs.put(job.id(), job);
        return job;
    }

    /** A job not yet dropped. */
    synchronized Optional<Job> find(String id) {
        dropOld();
        return Optional.ofNullable(jobs.get(id));
    }

    /** The jobs of {@code owner} not yet dropped, newest first. */
    synchronized List<Job> jobsOf(String owner) {
        dropOld();
        List<Job> mine = new ArrayList<>(jobs.values().stream().filter(job -> job.owner().equals(owner)).toList());
        java.util.Collections.reverse(mine);
        return mine;
    }

    /** Jobs running or waiting, for the tests. */
    synchronized long active() {
        return jobs.values().stream().filter(job -> !job.isFinished()).count();
    }

    private void run(Job job, Function<ProgressListener, ?> work) {
        if (!job.begin(clock.instant())) {
            return;
        }
        try {
            Object result = compute.submit(() -> work.apply(job.progress())).get();
            job.succeeded(result, clock.instant());
        } catch (InterruptedException e) {
            job.cancel();
            job.cancelled(clock.instant());
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RuntimeException | Error e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            Optional<InputException> input = find(cause, InputException.class);
            if (job.cancelRequested() || find(cause, Job.Cancelled.class).isPresent()) {
                job.cancelled(clock.instant());
            } else if (input.isPresent()) {
                job.failed(input.get().problems(), clock.instant());
            } else {
                String incident = "J" + job.number();
                LOG.error("incident {}: job {} ({} {}) of {} failed", incident, job.number(), job.kind(), job.title(),
                        job.owner(), cause);
                job.crashed(incident, clock.instant());
            }
        }
    }

    /** The first exception of type {@code kind} among {@code thrown} and its causes. */
    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> kind) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) {
                return Optional.of(kind.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Drops the jobs finished longer ago than {@code keep}, and the oldest beyond {@value #KEEP_FINISHED}. */
    private void dropOld() {
        Instant limit = clock.instant().minus(keep);
        long finished = jobs.values().stream().filter(Job::isFinished).count();
        for (Iterator<Job> all = jobs.values().iterator(); all.hasNext(); ) {
            Job job = all.next();
            if (job.isFinished() && (job.finished().isBefore(limit) || finished > KEEP_FINISHED)) {
                all.remove();
                finished--;
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The threads that run the jobs, for the metrics (running, waiting, done). */
    ThreadPoolExecutor executor() {
        return runners;
    }

    /** Cancels every job, waiting or running, and stops the threads (a few seconds at most). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            jobs.values().forEach(Job::cancel);
        }
        runners.shutdown();
        compute.shutdown();
        try {
            if (!runners.awaitTermination(5, TimeUnit.SECONDS)) {
                runners.shutdownNow();
            }
            compute.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            runners.shutdownNow();
            Thread.currentThread().interrupt();
        }
        compute.shutdownNow();
    }

    /** The queue is full: the visitor should try again in a minute. */
    static final class Busy extends RuntimeException {
        Busy() {
            super("the work pool's queue is full", null, false, false);
        }
    }

    /** The visitor already has a job waiting or running. */
    static final class OneAtATime extends RuntimeException {

        private final transient Job running;

        OneAtATime(Job running) {
            super("a job is already waiting or running: " + running.number(), null, false, false);
            this.running = running;
        }

        Job running() {
            return running;
        }
    }
}
