package kz.etalon.web;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import kz.etalon.app.ProgressListener;
import kz.etalon.problem.Problem;

/**
 * One visitor's long piece of work in the {@link WorkPool}: whose it is, how far it got, and then its
 * result, or the problems of its input, or the incident it ended in, or that it was cancelled. Its id
 * is random (the address of its page); its number counts the jobs of this server, for the log.
 */
final class Job {

    enum State {
        QUEUED, RUNNING, DONE, CANCELLED, FAILED, CRASHED;

        boolean finished() {
            return this != QUEUED && this != RUNNING;
        }

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Thrown from a cancelled job's {@link ProgressListener#step()}: it ends the run. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("the job was cancelled", null, false, false);
        }
    }

    private final String id;
    private final long number;
    private final String owner;
    private final String kind;
    private final String title;
    private final Instant created;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile State state = State.QUEUED;
    private volatile boolean cancelRequested;
    private volatile Object result;
    private volatile List<Problem> problems = List.of();
    private volatile String incident;
    private volatile Instant finished;

    Job(String id, long number, String owner, String kind, String title, Instant created) {
        this.id = id;
        this.number = number;
        this.owner = owner;
        this.kind = kind;
        this.title = title;
        this.created = created;
    }

    String id() {
        return id;
    }

    long number() {
        return number;
    }

    /** The account name of the visitor who started it. */
    String owner() {
        return owner;
    }

    /** What kind of work it is ({@code sensitivity}): its page's heading is {@code web.job.kind.<kind>}. */
    String kind() {
        return kind;
    }

    /** What it works on, in ids and file names only (the standards and data of an analysis), for every language. */
    String title() {
        return title;
    }

    Instant created() {
        return created;
    }

    State state() {
        return state;
    }

    int done() {
        return done.get();
    }

    /** The steps it will take; 0 while it does not know yet. */
    int total() {
        return total;
    }

    Object result() {
        return result;
    }

    List<Problem> problems() {
        return problems;
    }

    /** The number under which a failure of the server itself was logged; null otherwise. */
    String incident() {
        return incident;
    }

    /** When it ended (done, cancelled or failed); null while it waits or runs. */
    Instant finished() {
        return finished;
    }

    boolean isFinished() {
        return state.finished();
    }

    /** Asks it to stop: a queued job never starts, a running one ends at its next step. */
    void cancel() {
        cancelRequested = true;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    /** What the work reports its progress to; each step of a cancelled job ends the run instead. */
    ProgressListener progress() {
        return new ProgressListener() {
            @Override
            public void start(int steps) {
                total = steps;
            }

            @Override
            public void step() {
                if (cancelRequested) {
                    throw new Cancelled();
                }
                done.incrementAndGet();
            }
        };
    }

    /** Starts running unless it was cancelled while it waited (then it is finished as cancelled). */
    synchronized boolean begin(Instant now) {
        if (cancelRequested) {
            end(State.CANCELLED, now);
            return false;
        }
        state = State.RUNNING;
        return true;
    }

    synchronized void succeeded(Object value, Instant now) {
        result = value;
        end(State.DONE, now);
    }

    synchronized void cancelled(Instant now) {
        end(State.CANCELLED, now);
    }

    synchronized void failed(List<Problem> found, Instant now) {
        problems = List.copyOf(found);
        end(State.FAILED, now);
    }

    synchronized void crashed(String incidentNumber, Instant now) {
        incident = incidentNumber;
        end(State.CRASHED, now);
    }

    private void end(State last, Instant now) {
        if (!state.finished()) {
            finished = now;
            state = last;
        }
    }
}
