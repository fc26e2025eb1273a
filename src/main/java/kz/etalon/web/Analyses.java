package kz.etalon.web;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The analyses a page waits for (a what-if plan, a comparison): each computed once per question and
 * inputs, in a cache of its own (so that one visitor asking many questions does not push everyone's
 * results out of the results cache), on threads of its own rather than the threads that answer pages
 * or the JVM's common pool: at most {@code threads} at once, at most {@link #WAITING} more waiting (then
 * {@link Busy}), and one at a time per visitor (then {@link OneAtATime}). A question whose answer is
 * known, or being computed for someone else, waits for no thread of its own.
 */
final class Analyses implements AutoCloseable {

    /** Analyses that may wait behind the running ones before a new one is refused as busy. */
    static final int WAITING = 8;

    private final ResultsCache cache;
    private final ForkJoinPool threads;
    private final Semaphore places;
    private final Set<String> analysing = ConcurrentHashMap.newKeySet();
    private final AtomicLong computed = new AtomicLong();

    Analyses(Path rulesRoot, int threads, int waiting) {
        this.cache = new ResultsCache(rulesRoot);
        this.threads = WorkPool.forkJoin(threads, "etalon-analysis-");
        this.places = new Semaphore(threads + waiting);
    }

    /** For this machine: one core left to the pages (at least one thread), {@value #WAITING} waiting. */
    static Analyses forThisMachine(Path rulesRoot) {
        return new Analyses(rulesRoot, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), WAITING);
    }

    /**
     * The answer to {@code question} (normalised by the caller: written as every other way of asking the
     * same) on {@code files}, for {@code visitor}: from the cache, or computed by {@code work} here.
     */
    <T> T answer(String visitor, String question, List<Path> files, Supplier<T> work) {
        return cache.get(question, files, () -> compute(visitor, work));
    }

    private <T> T compute(String visitor, Supplier<T> work) {
        if (!analysing.add(visitor)) {
            throw new OneAtATime();
        }
        try {
            if (!places.tryAcquire()) {
                throw new Busy();
            }
            try {
                computed.incrementAndGet();
                return threads.submit((java.util.concurrent.Callable<T>) work::get).get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Busy();
            } finally {
                places.release();
            }
        } finally {
            analysing.remove(visitor);
        }
    }

    /** How many analyses were computed rather than answered from the cache (the tests count them). */
    long computed() {
        return computed.get();
    }

    /** Whether {@code visitor} has an analysis being computed now. */
    boolean analysing(String visitor) {
        return analysing.contains(visitor);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** Too many analyses run or wait: the visitor should try again in a minute (503). */
    static final class Busy extends RuntimeException {
        Busy() {
            super("too many analyses at once", null, false, false);
        }
    }

    /** The visitor has an analysis being computed already (429). */
    static final class OneAtATime extends RuntimeException {
        OneAtATime() {
            super("an analysis of this visitor is being computed", null, false, false);
        }
    }
}
