package kz.etalon.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import kz.etalon.app.ProgressListener;

/** A progress bar on a terminal only; nothing in pipes, files or tests. */
final class TerminalProgress implements ProgressListener {

    private final PrintWriter err;
    private final boolean shown = System.console() != null && System.getenv("NO_PROGRESS") == null;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total = 1;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void start(int steps) {
        total = Math.max(1, steps);
        done.set(0);
    }

    @Override
    public void step() {
        int now = done.incrementAndGet();
        if (shown && (now % Math.max(1, total / 50) == 0 || now == total)) {
            synchronized (this) {
                int filled = now * 30 / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + now + "/" + total + " runs");
                err.flush();
            }
        }
    }

    @Override
    public void done() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
