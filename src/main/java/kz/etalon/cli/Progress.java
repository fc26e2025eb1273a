package kz.etalon.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;

/** A progress bar on a terminal only; nothing in pipes, files or tests. */
final class Progress {

    private final PrintWriter err;
    private final int total;
    private final boolean shown = System.console() != null && System.getenv("NO_PROGRESS") == null;
    private final AtomicInteger done = new AtomicInteger();

    Progress(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    void step() {
        int now = done.incrementAndGet();
        if (shown && (now % Math.max(1, total / 50) == 0 || now == total)) {
            synchronized (this) {
                int filled = now * 30 / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + now + "/" + total + " runs");
                err.flush();
            }
        }
    }

    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
            err.flush();
        }
    }
}
